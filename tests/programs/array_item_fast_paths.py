# a[i] and a[i] = v on an array.array take a direct path for an int index;
# every other case (slices, bools, floats, strs, out of range, values the
# typecode refuses, subclasses that override) keeps CPython's meaning.
from array import array

a = array("b", [1, 2, 3])
d = array("d", [0.5, 1.5])
print(a[0], a[-1], a[True], d[1], d[-2])
a[1] = 100
a[-1] = -128
d[0] = 7
print(a, d)

for bad in [lambda: a[3], lambda: a[-4], lambda: a[1.0], lambda: a["x"], lambda: a[None]]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


def store(arr, i, v):
    try:
        arr[i] = v
        print("stored", arr)
    except (IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


store(a, 5, 1)
store(a, 0, 128)
store(a, 0, -129)
store(a, 0, 2.5)
store(a, 0, "x")
store(d, 1, "x")
store(d, 1, 3)
store(a, 1.0, 3)
store(a, slice(0, 2), array("b", [9, 9]))


class Reversed(array):
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)

    def __setitem__(self, i, v):
        super().__setitem__(-1 - i, v)


r = Reversed("i", [1, 2, 3])
r[0] = 30
print(r[0], r[2], list(r))

total = 0
big = array("l", range(1000))
for k in range(1000):
    big[k] = big[k] * 2
    total += big[k]
print(total)

# Slice objects, as the slicing syntax and super() in a subclass pass them.
s = array("h", [1, 2, 3, 4, 5])
print(s[slice(1, 3)], s[slice(None, None, -2)])
s[slice(0, 2)] = array("h", [7, 8])
del s[slice(3, None)]
print(s)


class Window(array):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(super().__getitem__(i))
        return super().__getitem__(i)


w = Window("i", [5, 6, 7, 8])
print(w[1:3], w[::2], w[0])
try:
    s[slice(0, 1)] = [1]
except TypeError as e:
    print(e)


# An object that is no array, even one holding what an array's state looks
# like, is refused by the array's methods.
class Forged:
    pass


f = Forged()
f.__state = ["d", [1.0, 2.0]]
for op in (
    lambda: array.__getitem__(f, slice(0, 1)),
    lambda: array.__setitem__(f, slice(0, 1), array("d", [3.0])),
    lambda: array.__delitem__(f, slice(0, 1)),
    lambda: array.__getitem__(f, 0),
    lambda: array.append(f, 1.0),
):
    try:
        print(op())
    except TypeError:
        print("TypeError")
