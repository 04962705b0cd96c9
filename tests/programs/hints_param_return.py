# Parameter and return annotations are evaluated at `def` and kept in
# the function's __annotations__; calls are unaffected.
from typing import Dict, List, Optional


def scale(values: list[float], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]


def index_of(words: List[str], target: str) -> Optional[int]:
    for i, w in enumerate(words):
        if w == target:
            return i
    return None


def histogram(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def untyped(a, b=1):
    return a + b


def only_return() -> "str":
    return "r"


def mixed(a, b: int, c=3, d: "float" = 4.5):
    return a + b + c + d


print(scale([1.0, 2.5]), scale([1.0], factor=3))
print(index_of(["a", "b"], "b"), index_of(["a"], "z"))
print(histogram("hello"))
print(scale.__annotations__)
print(index_of.__annotations__)
print(histogram.__annotations__)
print(untyped.__annotations__, only_return.__annotations__)
print(mixed.__annotations__, mixed(1, 2))
print(list(mixed.__annotations__), len(scale.__annotations__))
