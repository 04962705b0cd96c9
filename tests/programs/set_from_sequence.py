# set() and frozenset() of lists and tuples walk them by position, as their
# iterators would: equal numbers of different types are one key, the
# first one kept; a key whose __eq__ or __hash__ changes the list being
# walked sees the change, as CPython's list iterator does.
print(set([1, 1.0, True, 2, 2.0]), frozenset((0, False, 0.0, -0.0)))
print(sorted(set([3, 1, 2] * 5)), set(()), set([]), len(set(range(100))))
print(set(["b", "a", "b", "c"]) == {"a", "b", "c"})


class Grows:
    def __init__(self, items, n):
        self.items = items
        self.n = n

    def __hash__(self):
        if len(self.items) < 8:
            self.items.append(self.n + 100)
        return self.n

    def __eq__(self, other):
        return isinstance(other, Grows) and other.n == self.n

    def __repr__(self):
        return "G%d" % self.n


items = []
items.extend([Grows(items, 1), Grows(items, 2)])
s = set(items)
print(len(items), sorted(repr(x) for x in s))


class Shrinks:
    def __init__(self, items):
        self.items = items

    def __hash__(self):
        del self.items[1:]
        return 5


items = [Shrinks(None), 1, 2, 3]
items[0].items = items
print(len(set(items)), items[1:])


class Bad:
    def __hash__(self):
        raise KeyError("no hash")


try:
    set([1, 2, Bad(), 3])
except KeyError as e:
    print("KeyError", e)
try:
    set([[1], 2])
except TypeError as e:
    print("TypeError", e)
t = 0
for k in range(3000):
    t += len(set([k % 7, k % 5, k % 3, 1.0, True]))
    t += len(frozenset((k % 4, k % 6)))
print(t)
