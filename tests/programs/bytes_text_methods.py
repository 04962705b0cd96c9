# The bytes methods shared with str (ASCII-only cases and classes), and
# translate/maketrans, for bytes and bytearray.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for b in [b"hello World", b"ab\xe9cd", bytearray(b"they're bill's"), b"", b"A1b2 C", b"\xffabc", b"Title Case"]:
    show(lambda: b.title())
    show(lambda: b.capitalize())
    show(lambda: b.swapcase())
    show(lambda: b.istitle())
    show(lambda: b.center(15, b"*"))
    show(lambda: b.ljust(14))
    show(lambda: b.rjust(13, b"\xff"))
    show(lambda: b.zfill(12))
show(lambda: b"abc".center(4))
show(lambda: b"abc".center(5, b"-"))
show(lambda: b"-12".zfill(6))
show(lambda: b"+".zfill(3))
show(lambda: bytearray(b"ab").center(6, bytearray(b"*")))
show(lambda: b"ab".center(5, "x"))
show(lambda: b"ab".center(5, b"xy"))
show(lambda: b"ab".ljust(5, 1))
show(lambda: b"ab".zfill("a"))
show(lambda: b"ab".center())
show(lambda: b"a\tbc\td\r\n\txy".expandtabs())
show(lambda: b"a\tb".expandtabs(4))
show(lambda: b"a\tb".expandtabs(tabsize=0))
show(lambda: bytearray(b"\t").expandtabs(-1))
show(lambda: b"a\x0bb\x1cc\r\nd\re\n\nf".splitlines())
show(lambda: b"a\r\nb\n".splitlines(True))
show(lambda: bytearray(b"x\ny").splitlines(keepends=True))
show(lambda: b"abc".title(1))
show(lambda: bytearray(b"abc").swapcase(1))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[95:100], type(bytearray.maketrans(b"", b"")).__name__)
show(lambda: b"aabbccdd".translate(table))
show(lambda: b"aabbccdd".translate(table, b"d"))
show(lambda: b"aabbccdd".translate(None, b"ab"))
show(lambda: bytearray(b"abcd").translate(table, delete=b"b"))
show(lambda: b"ab".translate(b"x"))
show(lambda: b"ab".translate("x"))
show(lambda: bytes.maketrans(b"ab", b"c"))
show(lambda: bytes.maketrans("a", "b"))
show(lambda: b"xax".count(b"x", 1))
show(lambda: b"xaxx".index(b"x", 1, 3))
show(lambda: b"xax".rindex(120, 0, 2))
show(lambda: b"xax".index(b"q"))

# A hot loop over the new methods.
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
words = [b"alpha", b"beta", b"gamma", b"delta"]
acc = []
n = 0
for i in range(400):
    w = words[i % 4]
    t = w.translate(rot).title().center(9, b".")
    n += len(t.splitlines()) + t.count(b".") + (1 if t.istitle() else 0)
    if i % 100 == 0:
        acc.append(t.swapcase().zfill(10))
print(n, acc)
