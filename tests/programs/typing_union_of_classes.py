# `|` between a script's or a module's classes and None: types.UnionType, as CPython
from collections import Counter, deque
class Node:
    pass
def f(x: Counter | None = None, y: Node | int | None = None) -> "Node | None":
    return x
print(Counter | None)
print(Node | None)
print(int | Node)
print(Node | deque | None)
print((Node | None) == (Node | None), (Node | None) == (None | Node))
print(isinstance(Node(), Node | None), isinstance(3, Node | None), isinstance(None, Node | None))
print(f.__annotations__["x"])
print(f(Counter("ab")))
print((Node | None).__args__)
try:
    Node | 3
except TypeError as e:
    print(e)
