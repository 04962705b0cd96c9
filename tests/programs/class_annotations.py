# A class body's annotations: recorded in the class's own __annotations__,
# CPython 3.11's way (a class without any gets an empty dict, kept).
class P:
    x: int
    y: "list[int]" = [1]
    if True:
        z: float = 2.0
    w = 3

    def f(self) -> int:
        q: int = 1
        return q


print(P.__annotations__, P.y, P.z, hasattr(P, "x"), P().f())


class Q:
    a = 1


print(hasattr(Q, "__annotations__"), Q.__annotations__, Q.__annotations__ is Q.__annotations__)


class R(P):
    k: str = "s"


print(R.__annotations__, P.__annotations__)


class S(P):
    pass


print(S().__annotations__)
print(S.__annotations__, P.__annotations__)
S.__annotations__["n"] = int
print(S.__annotations__, S().__annotations__)


class Outer:
    class Inner:
        v: bool = True

    u: Inner


print(Outer.__annotations__, Outer.Inner.__annotations__)
