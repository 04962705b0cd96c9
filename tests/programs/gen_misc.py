# Generators as values: type, truth, equality, hashing, errors.
def f():
    yield 1
g = f()
print(type(g), bool(g), g == g, g != f(), hash(g) == hash(g), str(g)[:20])
print(isinstance(g, type(g)), type(g).__name__)
try:
    type(g)()
except TypeError as e:
    print(e)
try:
    g.nope
except AttributeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g + 1
except TypeError as e:
    print(e)
d = {g: 1}
print(d[g])
print(f().send(None))
x = (i for i in range(3))
print(x.__next__(), list(x))
