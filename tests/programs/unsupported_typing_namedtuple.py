# expected: hand-written (outside the subset: Rumba refuses it by name)
from typing import List, NamedTuple
Point = NamedTuple("Point", [("x", int), ("y", int)])
