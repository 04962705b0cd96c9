# A compiled range loop keeps the iterator's position and count in
# registers and writes them back at every exit: an iterator the script
# keeps using after a break, or after a side exit, must be where the
# interpreter would have left it.

def resume_after_break(n, stop_at):
    it = iter(range(n))
    first = 0
    for x in it:
        if x == stop_at:
            break
        first += x
    rest = 0
    for y in it:
        rest += y
    return first, rest


print(resume_after_break(1000, 600))
print(resume_after_break(1000, 999))
print(resume_after_break(100, 5000))

it = iter(range(3, 3000, 7))
seen = []
for k in range(5):
    for v in it:
        if v % 97 == 0:
            seen.append(v)
            break
print(seen, next(it, 'end'))

# A side exit in the middle of the body (a value changes type), then on.
def mixed(n):
    total = 0
    it = iter(range(n))
    for i in it:
        v = i if i % 250 else 0.5
        total += v
        if i == 700:
            break
    return total, next(it), list(it)[:3]


print(mixed(2000))

# Near the top of the int range: the position steps past 2**63 - 1 after
# the last value, which is never read.
top = 2 ** 63 - 1
s = 0
for i in range(top - 300, top):
    s += i - top
print(s)
c = 0
for i in range(top - 1000, top, 7):
    c += 1
print(c)
c = 0
for i in range(-top, -top + 2000, 3):
    c += i & 1
print(c)

# Falling ranges and big steps.
acc = []
for i in range(500, 0, -3):
    if i % 100 == 2:
        acc.append(i)
print(acc)

# zip and enumerate over a range, left and resumed.
xs = [i * 1.5 for i in range(400)]
z = zip(range(10 ** 6), xs)
t = 0.0
for a, b in z:
    t += b
    if a == 300:
        break
print(t, next(z))
e = enumerate(range(100, 1000))
for k, v in e:
    if v == 777:
        break
print(k, v, next(e))
