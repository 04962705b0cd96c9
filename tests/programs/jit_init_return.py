class P:
    __slots__ = ['a', 'b']
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Q:
    def __init__(self, a):
        self.a = a
        if a == 777:
            return 5

def mk(i):
    return P(i, i + 1)

items = sorted(range(3000), key=lambda i: P(i % 7, -i).b)
print(items[:5], items[-3:])
t = 0
for i in range(2000):
    p = mk(i)
    t += p.a + p.b
print(t)
try:
    for i in range(1000):
        Q(i)
except TypeError as e:
    print("TypeError", e, i)


# __init__ entered from compiled code through its entry trace, returning
# into a caller the trace knows; an __init__ that rebinds self still gives
# the instance made for the call.
class R:
    def __init__(self, k):
        self.k = k
        self = None


class S(R):
    def __init__(self, k):
        super().__init__(k * 2)


made = [R(i).k + S(i).k for i in range(500)]
print(sum(made), type(R(1)).__name__)
