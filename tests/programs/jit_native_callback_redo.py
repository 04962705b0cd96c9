# A built-in bound to an object, called from a trace, that needs the
# script part way (an item's __eq__, a generator's step): compiled code
# refuses to run the script, the trace exits, and the interpreter redoes
# the call whole. The refusal is never the call's outcome.
from collections import deque


class AlwaysEqual:
    def __eq__(self, other):
        return True


d = deque([1, 2, 3])
count = d.count
t = 0
for i in range(100):
    if i == 60:
        d.append(AlwaysEqual())
    t += count(2)
print(t)


def numbers(n):
    for k in range(n):
        yield k


q = deque()
extend = q.extend
for i in range(80):
    extend([i] if i < 50 else numbers(2))
print(len(q), sum(q))

seen = []
push = seen.append
hits = 0
items = deque([5, 6, 7])
index = items.index
for i in range(90):
    if i == 70:
        items.appendleft(AlwaysEqual())
    hits += index(6)
print(hits)
