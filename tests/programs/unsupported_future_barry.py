# expected: hand-written (outside the subset: Rumba refuses it by name)
from __future__ import barry_as_FLUFL
print(1 != 2)
