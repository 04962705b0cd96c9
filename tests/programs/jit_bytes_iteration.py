# Bytes iterated in compiled loops: bytes, bytearrays that grow and shrink under the loop, iter()/next() mixed with for, empty bytes; one-byte bytes objects are shared as in CPython.
data = "héllo wörld, bytes and more bytes".encode("utf-8") * 3
total = 0
counts = {}
for r in range(200):
    for b in data:
        total += b
        counts[b] = counts.get(b, 0) + 1
    parts = [bytes([b]) for b in data[:8]]
    total += len(parts)
print(total, sorted(counts.items())[:5])
ba = bytearray(b"abcdef")
seen = []
for r in range(60):
    for i, b in enumerate(ba):
        seen.append(b)
        if r == 50 and i == 2:
            ba.append(120)
        if r == 55 and i == 1:
            del ba[3:]
print(len(seen), sum(seen), ba)
for r in range(100):
    it = iter(b"xyz")
    first = next(it)
    rest = [b for b in it]
print(first, rest)
mixed = [b"ab", b"", b"\xff\x00"]
out = 0
for r in range(300):
    for m in mixed:
        for b in m:
            out += b * r
print(out)
print(bytes([1]) is bytes([1]), bytes() is bytes(0), hash(b"key") == hash(b"key"), {b"a": 1}[bytes([97])])
