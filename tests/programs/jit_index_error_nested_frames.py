def get(xs, i):
    return xs[i]
def window_sum(xs, start):
    s = 0
    for k in range(3):
        s += get(xs, start + k)
    return s
data = list(range(300))
total = 0
for i in range(400):
    total += window_sum(data, i)
    if i % 100 == 0:
        print(i, total)
print("unreachable")
