x = 12345
vals = []
for i in range(1000):
    x = (1103515245 * x + 12345) % 2147483648
    if i % 200 == 0:
        vals.append(x)
print(x, vals)
s = 2463534242
for i in range(500):
    s ^= (s << 13) & 0xFFFFFFFF
    s ^= s >> 17
    s ^= (s << 5) & 0xFFFFFFFF
print(s)
h = 0
for i in range(400):
    h = (h * 31 + i) & 0xFFFFFFFFFFFF
print(h)
