def make():
    count = 0
    total = 0.0
    def add(x):
        nonlocal count, total
        count += 1
        total += x
        return count
    def report():
        return count, total
    return add, report
add, report = make()
for i in range(500):
    add(i * 0.5)
print(report())
def outer():
    hits = []
    n = 0
    def bump():
        nonlocal n
        n += 1
        if n % 100 == 0:
            hits.append(n)
    for i in range(450):
        bump()
    return n, hits
print(outer())
fs = []
for i in range(300):
    if i % 60 == 0:
        fs.append(lambda k=i: k * 2)
print([f() for f in fs])
