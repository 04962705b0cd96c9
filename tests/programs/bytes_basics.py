# bytes: literals, repr, sequence operations, comparisons, hashing.
a = b"hello"
b = b'a\x00\'"'
c = rb"\x00\n"
d = b"it's"
e = b"tab\there\nnew\rline\\ \x7f\x80\xff"
print(a, b, c, d, e)
print(repr(a), repr(b), str(b"a"), f"{b'xy'}!", f"{a!r}")
print(len(a), len(b""), a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:])
print(list(b"ab"), tuple(b"\x01\x02"), [x * 2 for x in b"abc"])
print(104 in a, 0 in a, b"ell" in a, b"" in a, b"xyz" in a)
print(a + b" world", a * 2, 3 * b"ab", b"x" * 0, b"x" * -1)
print(a == b"hello", a != b"hello", a == "hello", a < b"help", b"abc" <= b"abd", b"b" > b"abc", b"" < b"\x00")
print(sorted([b"b", b"a", b"ab", b""]), max(b"q", b"r"), min(b"zeta"))
print(hash(b""), hash(b"abc") == hash("abc"), hash(b"hello"), hash(b"\xff\x00"))
counts = {}
for word in [b"x", b"y", b"x"]:
    counts[word] = counts.get(word, 0) + 1
print(counts, {b"a", b"b", b"a"} == {b"a", b"b"}, len({b"a", b"a"}))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(), bytes(True))
print(type(a), type(a).__name__, isinstance(a, bytes), bool(b""), bool(b"\x00"))
print(b"a" b"b" b'c', (b"x" b"y")[1])
it = iter(b"hi")
print(next(it), next(it), list(reversed(b"abc")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii", "strict"))
x, y = b"xy"
print(x, y, [*b"ab"], sum(b"abc"))
