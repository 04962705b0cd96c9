# An int list given a str, in a hot loop and outside one.
xs = list(range(10))
xs[3] = "three"
print(xs, len(xs))
print([x for x in xs if x != "three"])

labels = []
for i in range(500):
    if i % 100 == 0:
        labels.append("h" + str(i // 100))
    else:
        labels.append(i)
print(labels[:3], labels[99:102], labels[-1])
count = 0
ints = 0
for x in labels:
    if type(x) == str:
        count += 1
    else:
        ints += x
print(count, ints)

row = [0] * 300
for i in range(300):
    row[i] = i * i
    if i == 299:
        row[0] = "start"
print(row[:4], row[298:])
print(str(row[:3]), repr(row[-1]))
