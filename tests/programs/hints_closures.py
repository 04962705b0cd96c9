# Annotations in nested functions use the enclosing scope's names.
from typing import Callable


def make_adder(n: int) -> Callable[[int], int]:
    Result = int

    def add(x: Result) -> Result:
        total: Result = x + n
        return total

    return add


add3 = make_adder(3)
print(add3(4), add3.__annotations__, make_adder.__annotations__)


def counter():
    count: int = 0

    def bump(by: int = 1) -> int:
        nonlocal count
        count += by
        return count

    return bump


c = counter()
c()
print(c(5), c.__annotations__)
