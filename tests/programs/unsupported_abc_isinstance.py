# expected: hand-written (outside the subset: CPython checks an ABC by the methods a class has)
from collections.abc import Iterable
print(Iterable)
print(isinstance([1, 2], Iterable))
