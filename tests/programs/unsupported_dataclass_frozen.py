# expected: hand-written (CPython makes the instances immutable; Rumba refuses frozen=True rather than give mutable ones)
from dataclasses import dataclass


@dataclass
class Plain:
    x: int


print(Plain(1))


@dataclass(frozen=True)
class Point:
    x: int
