# expected: hand-written (outside the subset: Rumba refuses it by name)
def g():
    yield 1
