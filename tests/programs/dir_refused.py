# expected: hand-written
# dir() is refused where Rumba's names would not be CPython's: modules
# and classes Rumba provides, named tuples, Rumba's iterator objects.
import math
from collections import namedtuple
from enum import Enum

Pt = namedtuple("Pt", "x y")


class Color(Enum):
    RED = 1


for thing in [math, Pt(1, 2), Color.RED, iter([])]:
    try:
        dir(thing)
    except NotImplementedError as e:
        print(e)
