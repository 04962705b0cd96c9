import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-2.5), operator.abs(-4), operator.invert(5))
print(operator.lshift(1, 5), operator.rshift(64, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2), operator.eq([1], [1]), operator.ne(1, 1.0))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.concat([1], [2]), operator.concat("a", "b"), operator.index(7))
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"]))
rows = [("bob", 31, 2.5), ("ann", 25, 9.0), ("cy", 31, 1.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)("hello"), itemgetter("a")({"a": 5}))
print(list(map(itemgetter(0), rows)) if False else [itemgetter(0)(r) for r in rows])
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x.y")), repr(methodcaller("f", 1, k=2)))

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x > 100 else None
    def scaled(self, k, extra=0):
        return self.x * k + extra

ps = [P(3, 1), P(1, 2), P(2, 0)]
print([p.x for p in sorted(ps, key=attrgetter("x"))], attrgetter("x", "y")(ps[0]))
big = P(500, 1)
print(attrgetter("inner.x")(big), methodcaller("scaled", 2)(ps[0]), methodcaller("scaled", 2, extra=5)(ps[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"))
total = 0
get1 = itemgetter(1)
for i in range(3000):
    total += get1((i, i * 2))
print(total)

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

show(lambda: operator.add(1))
show(lambda: itemgetter())
show(lambda: attrgetter(1))
show(lambda: methodcaller())
show(lambda: operator.concat(1, 2))
show(lambda: operator.index(1.5))
show(lambda: operator.neg("a"))
show(lambda: operator.add(1, "a"))
show(lambda: operator.lt(1, "a"))
show(lambda: itemgetter(5)([1]))
show(lambda: attrgetter("zz")(ps[0]))
