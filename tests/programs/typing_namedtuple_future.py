from __future__ import annotations

from typing import NamedTuple, Optional


class Node(NamedTuple):
    value: int
    next: Optional[Node] = None
    label: "str" = "n"

    def length(self) -> int:
        n = 1
        cur = self.next
        while cur is not None:
            n += 1
            cur = cur.next
        return n


chain = Node(1, Node(2, Node(3)))
print(chain)
print(chain.length(), Node._fields, Node._field_defaults)
print(Node.__annotations__)
Pt = NamedTuple("Pt", [("x", int), ("y", "float")])
print(Pt.__annotations__, Pt(1, 2.5))
total = 0
node = chain
for i in range(1000):
    total += node.value + len(node.label)
    node = node.next if node.next is not None else chain
print(total)
