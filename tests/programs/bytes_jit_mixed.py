# One compiled loop indexing bytes, then a bytearray that changes between
# calls, then a str: the trace's guards must tell them apart.
def total(buf):
    s = 0
    for i in range(len(buf)):
        s += buf[i]
    return s

data = bytes(range(200))
ba = bytearray(data)
print(total(data), total(ba))
for k in range(5):
    ba[k] = 255
    ba.append(k)
    print(total(ba), total(data), len(ba))

def firsts(items):
    out = []
    for x in items:
        out.append(x[0])
    return out

print(firsts([b"ab", bytearray(b"cd"), "ef", (1, 2), b"g" * 3, [9]]))

def checksum(chunks):
    c = 0
    for chunk in chunks:
        for j in range(len(chunk)):
            c = (c * 257 + chunk[j]) & 0xFFFFFFFF
    return c

print(checksum([b"hello", bytearray(b"world"), b"", bytes(300)]))
acc = bytearray()
for i in range(600):
    acc += bytes([i % 256])
    if len(acc) > 100:
        del acc[:50]
print(len(acc), acc[:5], hash(bytes(acc)))
