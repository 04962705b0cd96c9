"""With `from __future__ import annotations` nothing is evaluated: the
annotations are kept as their source text, normalized as CPython does."""
from __future__ import annotations


def link(node: Node, nxt: Optional[Node] = None) -> list[Node]:
    return [node]


class_name: Undefined[int] = 3
plain: int
quoted: "already a string"
complex_target_list = [0]
complex_target_list[0]: NeverEvaluated = 1
print(link("a"), class_name, complex_target_list)
print(link.__annotations__)
print(__annotations__)


def local_only():
    inner: Whatever = 5
    return inner


print(local_only())
