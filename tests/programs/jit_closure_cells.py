def make():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
add = make()
for i in range(500):
    add(i)
print(add(0))
def outer():
    acc = []
    n = 0
    for i in range(300):
        n += 1
        acc.append((lambda: n)())
    return n, acc[-1], sum(acc)
print(outer())
