import typing
from typing import Dict, List, Optional, TypeVar

T = TypeVar("T")
print(list[int].__origin__, list[int].__args__, dict[str, T].__args__)
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, List.__origin__)
print(Optional[int].__args__, (int | None).__args__, Optional[int].__origin__ is typing.Union)
print(T.__name__, typing.Tuple[int, ...].__args__, typing.Callable[[int], str].__args__)
