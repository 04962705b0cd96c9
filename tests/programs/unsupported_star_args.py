# expected: hand-written (outside the subset: Rumba refuses it by name)
def f(*args):
    return args
