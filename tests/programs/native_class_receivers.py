# Methods of classes written in Rust (deque, the itertools iterators,
# array) given an instance of another such class, or an instance
# whose attributes a script chose, raise TypeError: each reads a native
# state of its own layout, which no script can reach or replace.
import itertools
from array import array
from collections import deque


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except TypeError as e:
        print(label, type(e).__name__)


count = itertools.count(5)
attempt("deque.append(count)", deque.append, count, 1)
attempt("deque.popleft(count)", deque.popleft, count)
attempt("deque.__len__(count)", deque.__len__, count)
attempt("deque.__repr__(array)", deque.__repr__, array("i", [1]))
attempt("array.append(deque)", array.append, deque([1]), 2)
attempt("count.__next__(deque)", type(count).__next__, deque([1, 2]))
print(next(count), "count unharmed")


class Queue(deque):
    pass


q = Queue([1, 2])
for name in ["__state", "_Queue__state", "_deque__state", "state"]:
    setattr(q, name, [])
q.append(3)
q.appendleft(0)
print(q, len(q), q.popleft(), q.pop(), q.__state, getattr(q, "_deque__state"))
q.__dict__["__state"] = "not a list"
q.extend([7, 8])
print(q, q.maxlen, sorted(q.__dict__))
print(Queue("xy", 1), deque("ab", 3))


class Counting(itertools.count):
    append = deque.append
    popleft = deque.popleft


c = Counting(10)
attempt("borrowed append", lambda: c.append(1))
attempt("borrowed popleft", lambda: c.popleft())
print(next(c), next(c))

for bases in [(deque, itertools.count), (itertools.count, deque), (deque, array)]:
    try:
        type("Mixed", bases, {})
        print("made")
    except TypeError as e:
        print(type(e).__name__, e)


class Both(Queue, deque):
    pass


b = Both([4])
b.append(5)
print(b, len(b))
Fake = type("collections.deque", (itertools.count,), {})
attempt("a class named like deque", deque.append, Fake(), 1)
total = 0
for i in range(300):
    d = Queue(range(i % 7))
    setattr(d, "__state", i)
    d.append(i)
    total += d.popleft() if d else 0
    total += len(d)
    try:
        deque.append(count, i)
    except TypeError:
        total += 1
print(total)
