def get(xs, i):
    return xs[i]
xs = list(range(250))
s = 0
for i in range(1000):
    s += get(xs, i)
print(s)
