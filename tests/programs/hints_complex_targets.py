# Targets other than a bare name: subscripts, a name in parentheses,
# attributes (without a value only the object is evaluated).
import math


def show(label):
    print("evaluating", label)
    return label


cells = [0, 0, 0]
cells[0]: int = 10
cells[show(1)]: int = 20
cells[show(2)]: show("annotation of a subscript target")
table = {}
table["k"]: str = "v"
(paren): int = 5
(unset): int
math.pi: float
print(cells, table, paren)
print(__annotations__)


def local_targets():
    data = [1, 2]
    data[0]: int = 9
    data[show(1)]: str
    (p): int = 3
    return data, p


print(local_targets())
