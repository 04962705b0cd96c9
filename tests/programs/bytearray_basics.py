# bytearray: bytes that change in place.
ba = bytearray(b"hello")
print(ba, repr(ba), str(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 49])
ba.extend(range(50, 52))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
ba.insert(100, 46)
ba.insert(-1, 44)
print(ba)
ba.remove(ord("l"))
print(ba)
ba += b"++"
alias = ba
ba += bytearray(b"!")
print(ba, alias is ba)
ba[1:3] = b"EL"
print(ba)
ba[0:0] = b">>"
print(ba)
ba[-3:] = b""
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba == c, len(ba) > 0)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3, b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print(bytes(bytearray(b"frozen")), bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b")
print(list(bytearray(b"AB")), 66 in bytearray(b"AB"), bytearray(b"xyz").decode(), bytearray(b"it's"))
print(type(ba).__name__, isinstance(ba, bytearray), isinstance(ba, bytes))
buf = bytearray(10)
for i in range(10):
    buf[i] = i * i
print(buf, sum(buf), max(buf))
