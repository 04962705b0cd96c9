class P:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        return self.a == other.a

class Q:
    pass

q = Q()
d = {q: 1}
print(d[q], P(1) == P(1), P(1) != P(2))
s = {P(1): 2}
