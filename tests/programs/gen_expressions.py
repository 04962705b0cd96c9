# Generator expressions: lazy, scoped as CPython scopes them.
xs = [1, 2, 3, 4, 5, 6]
g = (x * x for x in xs)
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(sum((x for x in range(10) if x % 2), 1000))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x + y for x in "ab" if x != "z" for y in "cd" if y == "d"))
print(repr(x for x in []).startswith("<generator object <genexpr> at 0x"))


def outer():
    k = 10
    return list(x * k for x in range(3))


print(outer())


def lazy():
    items = [1, 2, 3]
    g = (i * 2 for i in items)
    items.append(4)
    return list(g)


print(lazy())
src = [1, 2]
g = (v for v in src)
src = [9, 9, 9]
print(list(g))
try:
    (x for x in undefined_name)
except NameError as e:
    print("eager:", e)
g = (undefined_too for x in [1])
print("not yet")
try:
    next(g)
except NameError as e:
    print("lazy:", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
nested = ((i, j) for i in range(3) for j in (k for k in range(i)))
print(list(nested))
gen_of_gens = ((y for y in range(x)) for x in range(4))
print([list(gg) for gg in gen_of_gens])
print(max(x for x in [3, 9, 2]), min((x for x in [3, 9, 2]), key=lambda v: -v))


def f(it):
    return list(it)


print(f(x * 3 for x in range(4)))
print(sorted(c for c in "hello"))
total = 0
for v in (x for x in range(5)):
    total += v
print(total)
pipeline = range(20)
pipeline = (x for x in pipeline if x % 2 == 0)
pipeline = (x * 10 for x in pipeline)
pipeline = (x + 1 for x in pipeline if x > 50)
print(list(pipeline))


class K:
    base = [1, 2, 3]
    doubled = list(v * 2 for v in base)


print(K.doubled)
