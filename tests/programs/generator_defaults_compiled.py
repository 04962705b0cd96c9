# Generator functions called with fewer arguments than parameters (the rest
# take their defaults): compiled code makes the generators.
def chunks(xs, size=3, pad=None):
    for i in range(0, len(xs), size):
        part = xs[i:i + size]
        if pad is not None and len(part) < size:
            part = part + [pad] * (size - len(part))
        yield part
def count_up(n, step=1):
    k = 0
    while k < n:
        yield k
        k += step
t = 0
data = list(range(20))
for r in range(150):
    for c in chunks(data):
        t += len(c) + c[0]
    for c in chunks(data, 4, -1):
        t += c[-1]
    for v in count_up(r % 10):
        t += v
    for v in count_up(r % 10, 3):
        t -= v
    if r % 30 == 0:
        print(r, t)
print(t)
