from typing import Dict, List, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
Num = TypeVar("Num", int, float)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Bounded = TypeVar("Bounded", bound=int)
print(T, Num, Co, Contra, Bounded, T.__name__, type(T))
print(List[T], Dict[K, T], Tuple[T, ...], list[T], T | None)
Pair = tuple[T, T]
Vector = List[T]
Table = Dict[K, List[T]]
print(Pair[int], Vector[float], Table[str, int], dict[K, list[T]][str, int])
print(Union[T, int][str], Union[T, None][int], List[T][T])


def first(items: List[T]) -> T:
    return items[0]


print(first([3, 2]), first.__annotations__)
