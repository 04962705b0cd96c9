# Functions called from hot loops of mod_hot_loop.
step = 3


def f(x):
    return x * step + 1


def g(x):
    return f(x) % 7
