# Functions that fail, for tracebacks through an imported module.
def inner(values, i):
    return values[i] / (i - 2)


def outer(values):
    total = 0
    for i in range(len(values)):
        total += inner(values, i)
    return total
