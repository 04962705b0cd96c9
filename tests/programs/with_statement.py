class Tag:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return self.swallow

with Tag("a") as t:
    print("body", t.name)
with Tag("b", True):
    raise ValueError("swallowed")
print("after b")
def f():
    with Tag("c"), Tag("d") as d:
        return d.name
print(f())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("in loop", i)
try:
    with Tag("e"):
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))
class Acc:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self.n
    def __exit__(self, a, b, c):
        return None
acc = Acc()
total = 0
for i in range(2000):
    with acc as k:
        total += k
print(total)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
with Tag("last"):
    raise RuntimeError("not swallowed")
