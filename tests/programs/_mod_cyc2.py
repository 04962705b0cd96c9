from _mod_cyc1 import f


def g():
    return 2
