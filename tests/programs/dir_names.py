# dir(): CPython's names for built-in values and types, script classes
# (their instances, slots, exception bases, properties), modules of the
# script, dataclasses, a function's locals and the module's globals.
import _dir_helper
print(dir(_dir_helper))
print(dir())
class A:
    """doc"""
    x = 1
    def f(self):
        return dir()
class B(A):
    y: int = 2
    def __init__(self):
        self.z = 3
class S:
    __slots__ = ("a", "b")
class E(Exception):
    pass
class D:
    def __dir__(self):
        return ["b", "a", "c"]
class L(list):
    pass
print(dir(A))
print(dir(B()))
print(dir(S()))
print(dir(E("m")))
print(dir(D()))
print(dir(L()))
print(A().f())
def g(p, q=1):
    r = 2
    return dir()
print(g(0))
for v in [1, 2.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, 1j, range(3), len, g, A().f, {}.keys(), ValueError, KeyError("k"), int, object(), type, (x for x in [])]:
    print(type(v).__name__, len(dir(v)), dir(v)[-3:])
import collections
print(len(dir(collections.Counter())), len(dir(collections.deque())))
try:
    dir(1, 2)
except TypeError as e:
    print(e)

from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Q:
    a: int

class Err(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

class WithProp:
    @property
    def v(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass

for thing in [P, P(1), Q(1), Err(3), WithProp(), WithProp]:
    try:
        print(dir(thing))
    except NotImplementedError as e:
        print("refused:", e)
