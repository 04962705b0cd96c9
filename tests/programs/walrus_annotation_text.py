from __future__ import annotations


def f(x: lambda: (y := a + b), z: lambda: [w := 1, (v := 2)]) -> int:
    pass


print(f.__annotations__)
