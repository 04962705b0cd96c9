# Set unions add the other set's keys one by one into a non-empty set:
# equal keys of different types (1 and 1.0, equal strs built apart) are
# found, not added, and a key whose __eq__ is Python code is compared by it.

class Key:
    calls = 0

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


def show(s):
    return sorted(repr(k) for k in s)


a = {1, 2, 3}
b = {1.0, 2.5, 3}
print(a | b, b | a)
c = set(a)
c.update(b)
print(c, len(c))
c |= {4.0, 1}
print(c)

s1 = "".join(["ab", "c"])
s2 = "".join(["a", "bc"])
print({s1, "x"} | {s2, "y"} == {"abc", "x", "y"}, len({s1} | {s2}))

k1, k2, k3 = Key("a", 7), Key("a", 7), Key("b", 7)
left = {1, 2, k1}
right = {2.0, k2, k3, 9}
u = left | right
print(show(u), Key.calls)
left.update(right)
print(show(left), Key.calls)

# The keys merged before the first compared by __eq__ stay merged, once.
mixed = {0, 16, 32}
mixed |= {16.0, 48, Key("z", 16), 64}
print(show(mixed), Key.calls)

# frozensets merge the same way; their results keep the left type.
f = frozenset({1, 2}) | {2.0, 3}
print(type(f).__name__, sorted(f))
for i in range(60):
    acc = {i, i + 1}
    acc |= {i + 1.0, i + 2, "k%d" % (i % 3)}
    if i % 20 == 0:
        print(i, len(acc), sorted(x for x in acc if not isinstance(x, str)))
