# Circular import, second half.
print("b starts")
import _mod_circ_a

print("b sees a partly made: has A?", hasattr(_mod_circ_a, "A"))
B = "b's value"


def read_a():
    return _mod_circ_a.A
