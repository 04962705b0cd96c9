# Circular import, first half: _mod_circ_b imports this module while its
# body is still running.
print("a starts")
import _mod_circ_b

A = "a's value"
print("a ends; b has B:", _mod_circ_b.B)


def from_b():
    return _mod_circ_b.read_a()
