# Types CPython writes in C refuse new attributes and deletions, with
# TypeError; their subclasses, and the classes CPython writes in Python
# (random.Random), do not.
import array
import collections
import functools
import io
import itertools
import random

for cls, name in [
    (array.array, "__getitem__"),
    (collections.deque, "append"),
    (itertools.count, "x"),
    (io.StringIO, "write"),
    (functools.partial, "y"),
    (int, "foo"),
    (str, "upper"),
    (list, "append"),
]:
    try:
        setattr(cls, name, 1)
    except TypeError as e:
        print("set:", e)
    try:
        delattr(cls, name)
    except TypeError as e:
        print("del:", e)

try:
    type.__setattr__(array.array, "z", 1)
except TypeError as e:
    print(e)

# The types still work as before.
a = array.array("i", [3, 1, 2])
print(a[0], a, collections.deque([1, 2]).pop(), list(itertools.islice(itertools.count(5), 3)))

random.Random.extra = 5
print(random.Random.extra)


class Samples(array.array):
    pass


Samples.label = "mutable"
print(Samples.label, Samples("d", [1.0]).label)
del Samples.label
print(hasattr(Samples, "label"))
