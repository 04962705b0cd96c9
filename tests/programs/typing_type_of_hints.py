import typing
from typing import Any, Callable, List, Optional, TypeVar

T = TypeVar("T")
for hint in [list[int], int | None, List, List[int], Optional, Optional[int], Any, T,
             typing.Tuple, typing.Callable, Callable[[int], str], typing.Literal[1],
             typing.Annotated, typing.Annotated[int, 1], typing.Final[int], ..., typing.NewType]:
    print(type(hint))
print(typing.TypeVar, type(T) is typing.TypeVar, isinstance(T, typing.TypeVar))
for hint in [list[int], int | None, List, List[int], Optional, Optional[int], Any, T,
             typing.NewType("U", int), ..., Callable, Callable[[int], int], typing.Literal[1],
             typing.Annotated[int, 1], typing.Annotated, typing.Tuple, typing.NoReturn]:
    print(callable(hint), end=" ")
print()
