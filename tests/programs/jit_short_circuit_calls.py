calls = [0, 0]
def a(i):
    calls[0] += 1
    return i % 2 == 0
def b(i):
    calls[1] += 1
    return i % 3 == 0
n_and = 0
n_or = 0
for i in range(600):
    if a(i) and b(i):
        n_and += 1
    if b(i) or a(i):
        n_or += 1
print(n_and, n_or, calls)
vals = []
for i in range(300):
    v = (i % 4 and "nz") or (i % 8 and "mid") or i
    if i < 10 or i % 100 == 0:
        vals.append(v)
print(vals)
