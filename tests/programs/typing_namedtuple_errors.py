from typing import NamedTuple, Generic, TypeVar

T = TypeVar("T")


def attempt(make):
    try:
        cls = make()
        print("made", cls.__name__, cls._fields)
    except (TypeError, ValueError, AttributeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)


def overwrites():
    class A(NamedTuple):
        x: int

        def _replace(self):
            return self

    return A


def underscore():
    class A(NamedTuple):
        _x: int

    return A


def other_base():
    class A(NamedTuple, int):
        x: int

    return A


def generic_base():
    class A(NamedTuple, Generic[T]):
        x: T

    return A


def uses_super():
    class A(NamedTuple):
        x: int

        def f(self):
            return super().f()

    return A


attempt(overwrites)
attempt(underscore)
attempt(other_base)
attempt(generic_base)
attempt(uses_super)
attempt(lambda: NamedTuple("P", [("x", int)], y=int))
attempt(lambda: NamedTuple())
attempt(lambda: NamedTuple("P", 1, 2))
attempt(lambda: NamedTuple("P", [("x", int), ("def", int)]))
attempt(lambda: NamedTuple("P", [("x", int), ("x", int)]))
attempt(lambda: NamedTuple("P", [("x", int, 3)]))
attempt(lambda: NamedTuple("P", x=int, y=str))

P = NamedTuple("P", [("x", int), ("y", int)])
for args in [(1,), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    P(1, 2)._replace(z=3)
except ValueError as e:
    print("ValueError:", e)


def late_default():
    class Late(NamedTuple):
        a: int
        b: int = 2
        c: int = 3
        d: str

    return Late


attempt(late_default)
P(1)
