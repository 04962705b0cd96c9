# CPython refuses a yield inside a comprehension.
def g():
    return [(yield x) for x in range(3)]
