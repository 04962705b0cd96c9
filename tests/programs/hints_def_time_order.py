# CPython evaluates decorators, then defaults, then annotations (in
# parameter order, the return annotation last), when `def` runs.
def trace(label, value=None):
    print("eval", label)
    return value


def decorate(fn):
    print("decorating")
    return fn


@trace("decorator", decorate)
def f(a: trace("ann a", int), b: trace("ann b", str) = trace("default b", "x"),
      c: trace("ann c", float) = trace("default c", 1.5)) -> trace("ann return", bool):
    return True


print(f.__annotations__)
print(f(1))

for i in range(2):
    def g(x: trace("loop ann", int) = i) -> None:
        pass
    print(g.__annotations__)
