# A function's __annotations__ is one dict, made at def (or on first use
# for a function without annotations) and kept.
def f(a: int) -> str:
    return str(a)


def g(a):
    return a


same = f.__annotations__ is f.__annotations__
print(same, g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["a"] = list
print(g.__annotations__)
h = lambda x, y=2: x + y
print(h.__annotations__, h(1))
f.__annotations__["extra"] = 1
print(f.__annotations__)
print(__annotations__)


def read_module_annotations():
    return __annotations__


print(read_module_annotations())
