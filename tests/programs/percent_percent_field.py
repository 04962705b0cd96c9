# `%%` is a percent sign; a `%` conversion after a key, flags, a width or a
# precision is a field: it takes its argument, then is refused (CPython 3.11).
cases = [
    ("x%%y", ()),
    ("%(a)s%%", {"a": 1}),
    ("%(a)%", {"a": 1}),
    ("%(z)%", {}),
    ("%5%", ()),
    ("%5%", (1,)),
    ("%-%", (1,)),
    ("%.2%", (3,)),
    ("a%5%b", (1,)),
    ("%s%5%", (1,)),
    ("%d%%", (7,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
try:
    print(b"%5%" % (1,))
except ValueError as e:
    print("bytes:", e)
