si = 0
sm = 0
sf = 0.0
samples = []
for i in range(-300, 300):
    d = (i % 7) - 3
    if d == 0:
        d = 4
    q = i // d
    r = i % d
    si += q
    sm += r
    f = i / 3.0
    sf += f // 1.5 + f % -1.5
    if i % 97 == 0:
        samples.append((i, d, q, r, f // 1.5, f % -1.5))
print(si, sm, sf)
for s in samples:
    print(s)
