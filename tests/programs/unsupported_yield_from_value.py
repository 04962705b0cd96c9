# expected: hand-written (outside the subset: Rumba refuses it by name)
def g():
    result = yield from range(3)
