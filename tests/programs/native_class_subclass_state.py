# Instances of classes written in Rust (array, deque) keep their state in
# a hidden attribute; a subclass may set its own attributes before the
# base's __init__ runs, which puts the state elsewhere. Both must work,
# and a subclass's repr names the subclass as CPython's does.
from array import array
from collections import deque


class Samples(array):
    pass


class Inner:
    class Buffer(array):
        pass


s = Samples("d", [1.5, 2.5])
s[0] = 4.0
print(s, s[0], s[-1], len(s))
print(Samples("i"))
print(Inner.Buffer("b", [1, -2]))
print(array("q", [7]), repr(array("f")))


class Tagged(deque):
    def __init__(self, items, tag):
        self.tag = tag
        self.seen = 0
        super().__init__(items)

    def push(self, x):
        self.seen += 1
        self.append(x)


t = Tagged([1, 2], "t")
t.push(3)
t.appendleft(0)
print(list(t), t.tag, t.seen, len(t), t[0], t[-1])

plain = deque([5, 6, 7], maxlen=2)
plain.append(8)
print(plain, plain.maxlen)

total = 0.0
a = array("d", [0.0]) * 200
for k in range(200):
    a[k] = k * 0.5
for k in range(200):
    total += a[k]
print(total)
