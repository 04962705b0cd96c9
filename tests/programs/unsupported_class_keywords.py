# expected: hand-written (outside the subset: Rumba refuses it by name)
options = {"metaclass": type}
class A(**options):
    pass
