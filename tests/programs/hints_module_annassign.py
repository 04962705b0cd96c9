# Module-level annotated assignments: the value is stored first, then the
# annotation is evaluated and recorded in __annotations__.
from typing import Optional


def show(label):
    print("evaluating", label)
    return label


count: int = 0
name: str
ratio: float = 0.5
maybe: Optional[int] = None
order: show("annotation") = show("value")
pairs: list[tuple[int, str]] = [(1, "a")]
print(__annotations__)
print(count, ratio, maybe, order, pairs)
print("name" in __annotations__, list(__annotations__))
count: str = "now a str"
print(__annotations__["count"], count)
x: int = y = 3
print(x, y)
t: tuple = 1, 2
print(t)
