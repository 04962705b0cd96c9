# expected: hand-written (outside the subset: Rumba refuses it by name)
from typing import List, ParamSpec
P = ParamSpec("P")
