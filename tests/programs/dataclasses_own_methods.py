import dataclasses
@dataclasses.dataclass
class P:
    x: int
    def __repr__(self): return "mine"
    def __eq__(self, o): return "eq!"
    def __init__(self, x): self.x = x * 2
print(P(1), P(1) == P(2), P(3).x)
@dataclasses.dataclass(unsafe_hash=True)
class Q:
    x: int
print(hash(Q(1)) == hash((1,)), Q(2))
try:
    @dataclasses.dataclass(order=True)
    class R:
        x: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclasses.dataclass(unsafe_hash=True)
    class S:
        x: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
