# %-formatting of bytes and bytearray, in a hot loop and with CPython's errors.
def show(f, a):
    try:
        print(repr(f % a))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Blob:
    def __init__(self, data):
        self.data = data

    def __bytes__(self):
        return self.data

    def __repr__(self):
        return "Blob(%r)" % (self.data,)


class Bad:
    def __bytes__(self):
        return "text"


show(b"%d %s %r %x %c %%", (5, b"ab", b"cd", 255, 65))
show(b"%b|%s|%a|%r", (bytearray(b"xy"), b"\xff", "h\xe9", "q"))
show(b"%c%c%c", (b"a", bytearray(b"z"), 0))
show(b"\xff%5.2f|%-6s|%6s|%.1s|", (3.14159, b"x", b"yz", b"abc"))
show(bytearray(b"%05d %+d % d %#x %#o %X"), (42, 7, 3, 255, 8, 3054))
show(b"%i %u %o %e %g %G %E %F", (1, 2, 8, 1.5, 2.5, 1e20, 3.0, 4.0))
show(b"%d %x", (2**70, -(2**65)))
show(b"%s and %s", (Blob(b"one"), Blob(b"two")))
show(b"%s", Blob(b"single"))
show(b"", [])
show(b"%s", "str")
show(b"%s", 5)
show(b"%s", [])
show(b"%s", Bad())
show(b"%c", 256)
show(b"%c", -1)
show(b"%c", b"ab")
show(b"%c", "a")
show(b"%c", 3.0)
show(b"%d %d", (1,))
show(b"%d", (1, 2))
show(b"%s %s", b"a")
show(b"%y", 1)
show(b"%", ())
show(b"%x", 2.5)
show(b"%d", "x")
show(b"%f", "x")
print(type(bytearray(b"%s") % b"x").__name__, type(b"%s" % bytearray(b"x")).__name__)
print("%s|%r" % (Blob(b"q"), b"x"))

# A hot loop: the same format over many values.
lines = []
total = 0
for i in range(300):
    row = b"%03d:%-4s|%x" % (i, b"ab" * (i % 3), i * 7)
    total += len(row)
    if i % 60 == 0:
        lines.append(row)
print(total, lines)
print(b"%s" % "unsupported")
