def bench_a():
    return "a"


def bench_b():
    return "b"


for name in ["a", "b"]:
    print(globals()["bench_" + name]())
g = globals()
print(g is globals(), isinstance(g, dict), type(g).__name__)
print("bench_a" in g, "nope" in g, g.get("nope"), g.get("nope", 5), g.get("bench_b") is bench_b)
g["made"] = 42
print(made)
made = 43
print(g["made"])


def reads():
    return counter


g["counter"] = 1
print(reads())
globals()["counter"] += 1
print(reads(), counter)
print(g.setdefault("counter", 99), g.setdefault("fresh", 7), fresh)
print(g.pop("fresh"), g.pop("fresh", "gone"), "fresh" in g)
del g["made"]
try:
    print(made)
except NameError as e:
    print("NameError:", e)
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del g["missing"]
except KeyError as e:
    print("KeyError:", e)
print(g.get(1), 1 in g)
try:
    g[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(g)
except TypeError as e:
    print("TypeError:", e)
g.update({"u1": 1}, u2=2)
print(u1, u2, __name__ == g["__name__"])


def inner():
    globals()["from_inner"] = "set in a function"


inner()
print(from_inner)
for i in range(3000):
    g["total"] = g.get("total", 0) + i
print(total)

# Each module's globals() is its own.
import _globals_helper

value = "main's"
hg = _globals_helper.own_globals()
print(hg is globals(), hg["value"], globals()["value"], hg["__name__"])
_globals_helper.define("added", 1)
print(_globals_helper.added, "added" in globals(), _globals_helper.read("value"), _globals_helper.read("zzz"))
