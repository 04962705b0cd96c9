# Special methods of built-in values called in hot loops, so traces record
# the calls (and their NotImplemented results) as they record methods.

total = 0
for i in range(1000):
    total = total.__add__(i)
print(total)

x = 1.5
for i in range(500):
    x = x.__mul__(1.001).__sub__(0.0005)
print(round(x, 6))

declined = 0
for i in range(300):
    if (i).__add__(0.5) is NotImplemented:
        declined += 1
    if (i * 1.0).__eq__(i):
        declined += 1
print(declined)

words = ["a", "bb", "ccc"] * 100
lengths = 0
for w in words:
    lengths = lengths.__add__(w.__len__())
print(lengths)

d = {}
for i in range(200):
    d.__setitem__(i % 7, i)
    if d.__contains__(3):
        d.__delitem__(3)
print(sorted(d.items()))

xs = list(range(50))
acc = []
for i in range(len(xs)):
    acc.append(xs.__getitem__(i).__rmul__(2).__str__())
print("".join(acc)[:40], len(acc))

big = 1
for i in range(100):
    big = big.__mul__(3).__mod__(2 ** 80)
print(big)

cmp = 0
for i in range(400):
    if (i).__lt__(200):
        cmp = cmp.__add__(1)
    elif (i).__ge__(300):
        cmp = cmp.__sub__(1)
print(cmp)

f = int.__add__
s = 0
for i in range(300):
    s = f(s, i)
print(s, str.__len__("abcd") * 2)

# The call site meets a value of another type after the trace is made.
vals = [1] * 100 + [2.5] * 5 + ["ab"] * 5
out = []
for v in vals:
    out.append(v.__add__(v))
print(out[98:])
