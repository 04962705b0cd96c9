def f(a, b, c=3, d=4):
    return (a, b, c, d)
args = [1, 2]
print(f(*args), f(*args, 5), f(0, *[9]), f(*(1, 2, 3, 4)))
kw = {"c": 7, "d": 8}
print(f(1, 2, **kw), f(*args, **{"d": 0}), f(**{"a": 1, "b": 2}), f(1, *[2], d=5, **{"c": 6}))
print(max(*[3, 9, 2]), list(zip(*[[1, 2], [3, 4]])), "{}-{}".format(*"ab"))
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)
p = P(*[1, 2]).move(*(3, 4))
print(p.x, p.y)
try:
    f(1, 2, **{"c": 1}, c=2)
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
