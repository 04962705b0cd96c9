# A range longer than an int can count: it is still walked, indexed and
# searched; only len() overflows, as in CPython.
r = range(-5 * 10**18, 5 * 10**18)
print(bool(r), r[0], r[-1], r[123])
print(5 in r, -5 * 10**18 in r, 5 * 10**18 in r)
print(r == range(-5 * 10**18, 5 * 10**18), r)
n = 0
for i in r:
    n += 1
    if n == 1000:
        break
print(n, i)
for i in reversed(r):
    break
print(i)
w = range(-5 * 10**18, 5 * 10**18, 3)
print(w[1], w[-1])
print(len(r))
