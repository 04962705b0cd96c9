# Attributes a C type computes are read-only: deque.maxlen, array.typecode,
# StringIO.closed; a deque keeps its state in one place whatever its
# maxlen, and subclasses read the same attribute.
from array import array
from collections import deque
from io import StringIO

d = deque([1, 2, 3], maxlen=2)
print(d, d.maxlen, deque().maxlen, deque(maxlen=0).maxlen)
for obj, name, value in [(d, "maxlen", 5), (array("i", [1]), "typecode", "d"), (StringIO(), "closed", True)]:
    try:
        setattr(obj, name, value)
    except AttributeError as e:
        print("AttributeError:", e)
print(d.maxlen, hasattr(d, "maxlen"), "maxlen" in dir(d))


class Window(deque):
    def __init__(self, size):
        self.size = size
        super().__init__([], size)

    def total(self):
        return sum(self)


w = Window(3)
for i in range(10):
    w.append(i)
    if len(w) == w.maxlen:
        print(i, list(w), w.total(), w.size)
w.appendleft(-1)
print(list(w), w.maxlen, w.popleft(), w.pop(), len(w), bool(w))
e = deque(maxlen=1)
e.append(1)
e.append(2)
print(e, bool(deque()), bool(e))
