from __future__ import annotations
def f(x: lambda a, /, b, *c, d=1, **e: 0, y: lambda *, k: 0): pass
print(f.__annotations__)
