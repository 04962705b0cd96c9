# == and != whose method returns NotImplemented in a hot loop: with no
# method on the other side, the answer is identity (compiled); with one
# (another class's __eq__), that method answers.
class P:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.n == o.n


class Q:
    def __eq__(self, o):
        return "Q.__eq__"


c = d = e = f = 0
q = Q()
x = None
for i in range(500):
    p = P(i % 3)
    if p == None:
        c += 1
    if p != None:
        d += 1
    if p == P(1):
        e += 1
    if p == q:
        f += 1
    if i % 2 and not (p != p):
        f += 10
    x = (p == 5, p != "s", None == p, p != p, p == q, q == p)
print(c, d, e, f, x)
