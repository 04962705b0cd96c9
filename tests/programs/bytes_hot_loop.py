# bytes values flowing through hot loops (the JIT records or refuses them;
# either way the answers are CPython's).
data = bytes(range(256)) * 4
total = 0
for i in range(1000):
    total += data[i]
print(total)
s = 0
for b in data:
    s = (s * 31 + b) % 1000003
print(s)
# Adler-32 of a text, by hand.
def adler32(buf):
    a, b = 1, 0
    for x in buf:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), adler32(b"hello world " * 100))
out = bytearray()
for i in range(1000):
    out.append((i * 7) % 256)
print(len(out), sum(out), out[:8], bytes(out[-4:]))
parts = []
for i in range(300):
    parts.append(str(i).encode())
joined = b",".join(parts)
print(len(joined), joined[:20], joined.count(b","), hash(joined))
count = 0
for i in range(1000):
    if b"9" in parts[i % 300]:
        count += 1
print(count)
