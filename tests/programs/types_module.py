# The `types` module: SimpleNamespace, the names of built-in types, and
# MethodType and GenericAlias as constructors; built-in classes that
# CPython subscripts (`deque[int]`) make generic aliases.
import collections
import queue
import re
import sys
import types
from types import SimpleNamespace

ns = SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, ns.y, ns.z)
print(ns == SimpleNamespace(x=1, y="two", z=[3]), ns == SimpleNamespace(x=1), ns != 5)
print(vars(ns), sorted(ns.__dict__))
del ns.y
print(ns, hasattr(ns, "y"))
ns.me = ns
print(ns)
print(SimpleNamespace(), repr(SimpleNamespace(a=SimpleNamespace(b=1))))
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError")


class Config(SimpleNamespace):
    pass


print(Config(debug=True), type(SimpleNamespace(a=1)).__module__)


def f():
    pass


def g():
    yield 1


class K:
    def m(self):
        return self


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
print(types.NoneType, types.FunctionType, types.GeneratorType, types.MethodType, types.ModuleType)
print(types.EllipsisType, Ellipsis, Ellipsis is ..., types.NotImplementedType)


def describe(self, extra):
    return f"bound to {self!r} with {extra}"


bound = types.MethodType(describe, "obj")
print(bound("x"), bound.__self__, bound.__func__ is describe)
try:
    types.MethodType(5, "obj")
except TypeError as e:
    print("TypeError:", e)

alias = types.GenericAlias(list, (int,))
print(alias, alias == list[int], types.GenericAlias(dict, (str, int)))
print(type(int | str) is types.UnionType, isinstance(list[int], types.GenericAlias))

print(collections.deque[int], collections.defaultdict[str, list], collections.OrderedDict[str, int])
print(collections.Counter[str], queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int])
print(re.Pattern[str], re.Match[bytes])
print(collections.deque[int].__origin__ is collections.deque, collections.Counter[str].__args__)


def bfs(start: int, graph: dict[int, list[int]]) -> list[int]:
    seen: set[int] = {start}
    order: list[int] = []
    todo: collections.deque[int] = collections.deque([start])
    while todo:
        node = todo.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return order


print(bfs(0, {0: [1, 2], 1: [3], 2: [3], 3: []}))
print(int.__module__, list.__module__, type(None).__module__, types.GenericAlias.__module__)
