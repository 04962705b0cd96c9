# An error in __set_name__ becomes CPython 3.11's RuntimeError naming the descriptor, with the error as its cause.
class D:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
class Owner:
    x = D()
