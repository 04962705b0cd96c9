# A subclass of the built-in list is a list for every list operation.
class Stack(list):
    pass


s = Stack()
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
print(Stack.__mro__, Stack.__bases__)
s.append(3)
s.extend([1, 4, 1, 5])
s.insert(0, 9)
print(s, len(s), s[0], s[-1], 4 in s, 7 in s, 7 not in s)
print(s[1:3], type(s[1:3]).__name__, s[::-1], s[::2])
s[0] = 2
s[1:3] = [6, 6, 6]
del s[-1]
print(s, repr(s), str(s), s.index(6), s.count(6), s.pop(), s.pop(0))
s.remove(6)
s.reverse()
print(s)
s.sort()
print(s, sorted(s, reverse=True), list(s), tuple(s), list(reversed(s)))
print(s == [1, 4, 6], [1, 4, 6] == s, s != [1], s < [2], [0] < s, s >= s)
print(s + [7], type(s + [7]).__name__, [0] + s, s * 2, 2 * s, type(s * 2).__name__)
print(bool(s), bool(Stack()), sum(s), max(s), min(s), ", ".join(str(x) for x in s))
for i, x in enumerate(s):
    print(i, x, end="; ")
print()
t = s
s += [8, 9]
print(s is t, type(s).__name__, s)
s *= 2
print(s is t, type(s).__name__, s)
c = s.copy()
print(type(c).__name__, c)
s.clear()
print(s, len(s))
s.label = "stack"
print(s.label, s.__dict__)
made = Stack("abc")
print(made, Stack(range(4)), Stack((1, 2)))
list.__init__(made, [5, 6])
print(made, list.__len__(made), list.append(made, 7), made)
a, b, *rest = Stack([1, 2, 3, 4])
print(a, b, rest)
print(Stack([3, 1, 2]) == Stack([3, 1, 2]), Stack([1]) == (1,))
import copy
import json

deep = Stack([[1], [2]])
deep.tag = "t"
twin = copy.deepcopy(deep)
twin[0].append(9)
print(deep, twin, type(twin).__name__, twin.tag, json.dumps(deep), json.dumps({"k": Stack([1.5])}))
print(sorted(Stack([3, 1, 2])), ", ".join(Stack(["a", "b"])), set(Stack([1, 1])), max(Stack([4, 9])), f"{Stack([1])}")

for bad in [lambda: Stack(1, 2), lambda: Stack(5), lambda: hash(Stack()), lambda: Stack() + 1,
            lambda: Stack() < 1, lambda: Stack()[5], lambda: Stack().pop(), lambda: Stack().nope,
            lambda: Stack()["x"], lambda: Stack([1]).index(2), lambda: Stack(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

Stack([1, 2]).remove(3)
