# @dataclass under `from __future__ import annotations`: string
# annotations, ClassVar and KW_ONLY named in text.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import ClassVar
import typing


@dataclass
class Node:
    data: int
    next_node: Node | None = None
    made: ClassVar[int] = 0
    also: typing.ClassVar[str] = "x"


n = Node(1, Node(2))
print(n)
print([f.name for f in dataclasses.fields(Node)], [f.type for f in dataclasses.fields(Node)])
print(Node.__dataclass_fields__["made"]._field_type, Node.made)


@dataclass
class Opt:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 0


print(Opt(1, b=2))
print(Node.__init__.__qualname__, Node.__repr__.__qualname__ if hasattr(Node.__repr__, "__qualname__") else None)
