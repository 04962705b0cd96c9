# `*` widths and precisions in %-formatting of str and bytes, taken from
# the arguments (negative widths left-adjust, negative precisions are 0).
cases = [
    ("%*d|", (5, 1)),
    ("%*d|", (-5, 1)),
    ("%.*f|", (2, 3.14159)),
    ("%.*f|", (-2, 3.14159)),
    ("%*.*f|", (8, 3, 2.5)),
    ("%*s|", (3, "ab")),
    ("%-*x|%*X", (6, 255, True, 10)),
    ("%*d", ("x", 1)),
    ("%.*d", (1.5, 1)),
    ("%*d", (5,)),
]
for fmt, args in cases:
    for f in (fmt, fmt.encode()):
        if isinstance(f, bytes):
            args = tuple(a.encode() if isinstance(a, str) else a for a in args)
        try:
            print(repr(f % args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
rows = []
for i in range(120):
    rows.append("%*d:%-*.*f|" % (i % 7, i, 9, i % 4, i / 7))
print(rows[::20])
print("%*d" % (2**70, 1))
