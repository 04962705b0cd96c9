# expected: hand-written (CPython makes a new class with __slots__; Rumba refuses slots=True rather than give dict-backed instances)
from dataclasses import dataclass


@dataclass
class Plain:
    x: int


print(Plain(1))


@dataclass(slots=True)
class Point:
    x: int
