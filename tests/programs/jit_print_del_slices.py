# print, del, slice assignment and dict displays inside hot loops: each runs
# through the interpreter's own function from a compiled trace.
def report(rows):
    for i, r in enumerate(rows):
        if i % 97 == 0:
            print(i, r, sep=":")

rows = []
for i in range(300):
    rows.append(i * 3 % 11)
report(rows)

xs = list(range(200))
for k in range(60):
    del xs[k % 7]
print(len(xs), xs[:5], xs[-3:])

d = {}
for k in range(150):
    d[k % 13] = k
    if k % 5 == 0:
        del d[k % 13]
print(sorted(d.items()))

buf = [0] * 10
for k in range(120):
    buf[2:4] = [k, k + 1]
    buf[k % 10:k % 10 + 1] = [k]
print(buf)

acc = []
for k in range(100):
    e = {"k": k, "sq": k * k}
    acc.append(e["sq"] - e["k"])
print(sum(acc), acc[-1])

def scratch(n):
    for k in range(n):
        t = k * 2
        del t
        t = k
    return t

print(scratch(100))

for k in range(80):
    if k % 40 == 0:
        print("tick", k, end=" ")
print()
