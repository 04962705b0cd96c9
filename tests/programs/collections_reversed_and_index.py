# reversed() and fromkeys of the dict-like classes (their keys, last first) and
# deque.index with start and stop, counted as a slice's bounds.
import collections

print(list(reversed(collections.OrderedDict(a=1, b=2, c=3))))
print(list(reversed(collections.Counter("abracadabra"))))
dd = collections.defaultdict(list)
for word in "one two three two one".split():
    dd[word].append(len(word))
print(list(reversed(dd)), list(reversed(dd.items())))
od = collections.OrderedDict((c, None) for c in "xyz")
od.move_to_end("x")
print(list(reversed(od)), next(reversed(od)))

d = collections.deque(range(10))
d.popleft()
d.appendleft(-1)
for args in [(3,), (3, 0), (3, 4), (3, -8), (3, 0, 3), (3, 0, 4), (3, -100, 100), (9, -1), (9, 5, -1), (0, 1), (-1, 0, 1)]:
    try:
        print(args, d.index(*args))
    except ValueError as e:
        print(args, e)
total = 0
for i in range(300):
    q = collections.deque(range(i % 13))
    for j in range(len(q)):
        total += q.index(j, j // 2, j + 1)
print(total)

# fromkeys, a class method of every dict-like class: an instance of the
# class it is called on.


class Config(dict):
    pass


for cls in [Config, collections.OrderedDict, collections.defaultdict]:
    made = cls.fromkeys("abc", 0)
    print(type(made).__name__, made, list(reversed(made)))
print(collections.OrderedDict.fromkeys(range(3)))
try:
    collections.Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
