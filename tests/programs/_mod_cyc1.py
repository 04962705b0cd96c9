# `from` imports in a cycle: _mod_cyc2 asks for `f` before it exists.
from _mod_cyc2 import g


def f():
    return 1
