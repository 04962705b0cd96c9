# collections.abc's classes in type hints, as scripts use them.
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
import collections
import collections.abc

print(Iterator, Sequence, collections.abc.Set, collections.abc.Hashable)
print(type(Iterator))
print(Iterator[int], Sequence[float], Generator[int, None, None])
print(Callable[[float], float], Callable[..., int], Callable[[], None])
print(Callable[[int, str], bool].__args__)
print(Iterator[int] | None, Iterable | None, list[Iterator[int]])
print(Iterator[int].__origin__ is Iterator, Iterator[int] == Iterator[int], Iterator[int] == Iterator[str])
print(Iterator.__name__, collections.abc.Set.__name__, Iterator.__module__)
print(collections.abc.Iterator is Iterator)

import typing
print(typing.Callable[[Iterator[int]], int], typing.List[Sequence])


def integrate(fnc: Callable[[float], float], a: float, b: float, steps: int = 4) -> float:
    h = (b - a) / steps
    return sum(fnc(a + (i + 0.5) * h) for i in range(steps)) * h


print(integrate(lambda x: x * x, 0.0, 1.0))
print(integrate.__annotations__)


class Node:
    def __init__(self, values: Sequence[int]) -> None:
        self.values = list(values)

    def __iter__(self) -> Iterator[int]:
        yield from self.values


def squares(xs: Iterable[int]) -> Generator[int, None, None]:
    for x in xs:
        yield x * x


print(list(squares(Node([1, 2, 3]))))
print(Node.__iter__.__annotations__)

for bad in ("Callable[int, int]", "Callable[[int]]", "Callable[int]", "collections.abc.Hashable[int]"):
    try:
        eval_result = {"Callable[int, int]": lambda: Callable[int, int],
                       "Callable[[int]]": lambda: Callable[[int]],
                       "Callable[int]": lambda: Callable[int],
                       "collections.abc.Hashable[int]": lambda: collections.abc.Hashable[int]}[bad]()
        print(bad, eval_result)
    except TypeError as e:
        print(bad, "TypeError:", e)

T = typing.TypeVar("T")
print(type(Callable[[int], int]), type(Iterator[int]), type(Callable[..., int]))
print(Callable[[T], T][int], Callable[..., T][str], type(Callable[[T], T][int]))
try:
    Callable[[int], int] + 1
except TypeError as e:
    print("TypeError:", e)
