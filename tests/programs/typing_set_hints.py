from typing import Set, FrozenSet
x: set[int] = {1}
y: Set[str] = set()
print(set[int], frozenset[str], Set[int], FrozenSet[int], isinstance(x, set))
def f(a: set[int]) -> frozenset[int]:
    return frozenset(a)
print(f.__annotations__, f({2}))
import typing
print(Set.__origin__, FrozenSet[int].__origin__, typing.Set[int] == typing.Set[int], set[int] == set[int], isinstance({1}, Set))
