vals = []
for i in range(300):
    vals.append(i * 300000000000000)
t = 0
f = 0.0
for i in range(300):
    f += vals[i]
    t += vals[i]
    if i % 40 == 0:
        print(i, t, f)
print("unreachable")
