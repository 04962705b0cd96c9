from typing import TYPE_CHECKING, NewType, cast, final, no_type_check, overload

if TYPE_CHECKING:
    print("never")
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, UserId, type(uid), UserId.__name__, list[UserId])
print(cast(int, "not checked"), cast("List[int]", [1]), cast(typ=str, val=3))


@final
def stable(x: int) -> int:
    return x + 1


@no_type_check
def loose(x: "whatever") -> "anything":
    return x


@overload
def area(r: int) -> int: ...


@overload
def area(r: float) -> float: ...


def area(r):
    return r * r


print(stable(1), loose("x"), area(3), area(1.5))


def stub() -> None: ...


print(stub(), ...)
