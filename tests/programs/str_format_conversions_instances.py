# str.format's !r, !s and !a conversions of instances run their __repr__
# and __str__, inside containers too.
class P:
    def __repr__(self):
        return "P\u00e9!"

    def __str__(self):
        return "p-str"


class Q:
    def __repr__(self):
        return "Q()"


print("{!r} {!s} {!a} {}".format(P(), P(), P(), [P()]))
print("{0!r:>8}|{0!s:<7}|{1!s}".format(P(), Q()))
print("{!r}".format({"k": (Q(), P())}))
for i in range(3):
    print("{!r}-{}".format(Q(), i))
