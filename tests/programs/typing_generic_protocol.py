from typing import Generic, Protocol, TypeVar, Optional, List

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


class Box(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def __repr__(self):
        return f"Box({self.key!r}, {self.value!r})"


class Comparable(Protocol):
    def __lt__(self, other) -> bool:
        ...

    def describe(self) -> str:
        ...


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


class Named(Comparable):
    def describe(self) -> str:
        return "named"


def smallest(items: List[Comparable]) -> Optional[Comparable]:
    best = None
    for it in items:
        if best is None or it < best:
            best = it
    return best


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), len(s))
t = Stack()
t.push("a")
print(t.items, type(t).__name__, isinstance(t, Stack))
b = Box[str, int]("k", 3)
print(b, Box("x", None))
print(Stack[int], Box[str, int], Stack[Version], Box[K, V])
print(Generic[T], Protocol[T])
print(Stack[int] == Stack[int], Stack[int] == Stack[str])
print(Stack[int].__origin__ is Stack, Stack[int].__args__)
print(Stack.__parameters__, Box.__parameters__)
print(smallest([Version(3), Version(1), Version(2)]).n)
print(Named().describe())
print(Stack.__mro__[0] is Stack, len(Stack.__mro__))


class IntStack(Stack[int]):
    def total(self):
        return sum(self.items)


i = IntStack()
for n in range(1000):
    i.push(n)
print(i.total(), IntStack.__parameters__)


class Pairs(Box[K, int]):
    pass


print(Pairs.__parameters__, Pairs("a", 1), Pairs[str])

# A generic class used in a hot loop.
acc = 0
st = Stack[int]()
for n in range(1000):
    st.push(n)
    if len(st) > 3:
        acc += st.pop()
print(acc, len(st))

attempts = [
    lambda: Stack[int, str],
    lambda: Box[int],
    lambda: IntStack[int],
    lambda: Generic[int],
    lambda: Generic[T, T],
    lambda: isinstance(s, Stack[int]),
    lambda: Generic[()],
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)


class Plain(Comparable):
    pass


print(type(Plain()).__name__, Named().describe())
for make in [lambda: Comparable(), lambda: Plain(1), lambda: Plain(k=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
