# expected: hand-written (outside the subset: Rumba refuses it by name)
class A(metaclass=type):
    pass
