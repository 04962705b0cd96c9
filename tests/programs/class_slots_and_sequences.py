# __slots__ limits an instance's attributes (unless a class of the MRO has
# no __slots__ or lists __dict__); a class with only __getitem__ (and
# __len__) iterates, answers `in`, unpacks and reverses by index, as with
# CPython's older sequence protocol.
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
s.b = 2
for bad in ("c", "__weird__"):
    try:
        setattr(s, bad, 3)
    except AttributeError as e:
        print("AttributeError:", e)
class T(S):
    __slots__ = "c"
t = T()
t.c = 3
try:
    t.d = 4
except AttributeError as e:
    print("AttributeError:", e)
class Free(S):
    pass
f = Free()
f.anything = 5
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict()
w.y = 1
print(s.a, s.b, t.a if hasattr(t, "a") else "-", t.c, f.anything, w.y)
pts = [S() for _ in range(3)]
for i in range(2000):
    p = pts[i % 3]
    p.a = i
    p.b = -i
print([(p.a, p.b) for p in pts])
try:
    for i in range(2000):
        p = pts[i % 3]
        if i == 1500:
            p.z = 1
        p.a = i
except AttributeError as e:
    print("AttributeError:", e, i)

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
print(list(Seq(4)), 20 in Seq(4), 25 in Seq(4), [x for x in Seq(3)], sum(Seq(5)), sorted(Seq(3), reverse=True))
a, b, c = Seq(3)
print(a, b, c, list(enumerate(Seq(2))), tuple(zip(Seq(3), "xyz")), max(Seq(4)))
it = iter(Seq(2))
print(next(it), next(it), next(it, "end"), next(it, "end"))
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return chr(97 + i)
print(list(Stops()), "".join(Stops()))
class Sized(Seq):
    def __len__(self):
        return self.n
print(list(reversed(Sized(4))), len(Sized(3)))
total = 0
for r in range(300):
    for v in Seq(5):
        total += v
print(total)
try:
    iter(Stops()).__next__()
    list(5)
except TypeError as e:
    print("TypeError:", e)
