# Built-in calls a trace makes on complex numbers and bytearrays: abs()
# of a complex, bytearray() of a size, of bytes and of a list of ints.


def escape_count(size, iters):
    inside = 0
    for y in range(size):
        fy = 2j * y / size - 1j
        for x in range(size):
            z = 0j
            c = 2.0 * x / size - 1.5 + fy
            for i in range(iters):
                z = z * z + c
                if abs(z) >= 2.0:
                    break
            else:
                inside += 1
    return inside


print("inside", escape_count(40, 30))

mags = []
for k in range(300):
    z = complex(k % 7 - 3, k % 5 - 2)
    mags.append(round(abs(z), 6))
    if k % 100 == 0:
        print(z, abs(z), abs(z.conjugate()), divmod(k, 7))
print(sum(mags), max(mags), mags[:6])

lines = []
for i in range(500):
    line = bytearray(8)
    line[i % 8] = 65 + i % 26
    line[0] = 35
    if i % 97 == 0:
        lines.append(bytes(line))
    copy = bytearray(line)
    copy[1] = 33
    if copy == line:
        print("same", i)
print(lines[:3], len(lines))

made = []
for i in range(400):
    if i % 3 == 0:
        b = bytearray(b"abc")
    elif i % 3 == 1:
        b = bytearray([i % 256, (i * 7) % 256])
    else:
        b = bytearray(i % 5)
    made.append(len(b) + sum(b))
print(sum(made), made[:9])

# Errors a built-in raises inside the trace: the same as the interpreter's.
errors = 0
for i in range(300):
    try:
        b = bytearray(i % 4 - 2)
    except ValueError as e:
        errors += 1
        last = str(e)
    try:
        b = bytearray([i % 300])
    except ValueError as e:
        errors += 1
        last2 = str(e)
print(errors, last, last2)

# A bytearray's methods in a loop: those that change it, and those that
# only read it.
out = bytearray()
for i in range(600):
    out.extend(b"ab")
    out.append(48 + i % 10)
    if i % 50 == 0:
        out.extend([65 + i % 26, 66])
        out.extend(x for x in (67, 68))
        out.insert(0, 90)
        out.reverse()
    if i % 75 == 0:
        try:
            out.remove(33)
        except ValueError as e:
            print("remove", e)
        out.remove(90)
    if i % 120 == 0:
        print(len(out), out.find(b"0a"), out.count(b"ab"), out[-6:].decode(), out.startswith(b"D"))
    if i % 200 == 199:
        print("popped", out.pop(), len(out))
        out.clear()
print(len(out), bytes(out[:12]), out.hex()[:16])

# Appending a value out of range raises, leaving the bytearray as it was.
acc = bytearray()
bad = 0
for i in range(300):
    try:
        acc.append(i)
    except ValueError:
        bad += 1
print(len(acc), bad, acc[250:])
