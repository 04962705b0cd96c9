# `%` with a str or bytes on the left formats an instance on the right with
# its __str__, __repr__ or __bytes__, and never asks its __rmod__; in a hot
# loop too.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __bytes__(self):
        return b"M%d" % self.cents

    def __rmod__(self, other):
        return "rmod called"


m = Money(1234)
print("%s" % m)
print("%r|%s" % (m, m))
print(b"%s" % m)
print("%5s|%-12r|" % (m, m))
lines = []
for i in range(200):
    m = Money(i * 37)
    row = "%s %r" % (m, m)
    data = b"[%s]" % m
    if i % 50 == 0:
        lines.append((row, data))
print(lines)
print(7 % m)
