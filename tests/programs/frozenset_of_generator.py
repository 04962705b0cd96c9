# frozenset() of a generator: the prelude's version steps it with a for, which
# the JIT compiles with the generator's steps inline.
def gen(n):
    for i in range(n):
        yield i % 7
t = 0
for r in range(300):
    fs = frozenset(x * 2 for x in range(r % 20) if x % 3)
    t += len(fs) + sum(fs)
    t += len(frozenset(gen(r % 15)))
print(t, frozenset(gen(10)), frozenset(x for x in "abca") == frozenset("abc"), type(frozenset(gen(2))))
print(frozenset(), frozenset(gen(0)), frozenset([1, 2]))
def bad():
    yield 1
    raise KeyError("k")
try:
    frozenset(bad())
except KeyError as e:
    print("KeyError", e)
print(frozenset(iterable=gen(3)) if False else "kw skipped")
