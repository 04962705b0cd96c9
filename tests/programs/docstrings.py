"""Module doc."""


def f():
    """F doc.
    >>> 1 + 1
    2
    """
    return 1


def g():
    pass


def h():
    x = "not a docstring"
    return x


class C:
    """C doc"""

    def m(self):
        "m doc"

    @property
    def p(self):
        """p doc"""
        return 1

    @staticmethod
    def s():
        """s doc"""


class D(C):
    pass


print(repr(__doc__), repr(f.__doc__), g.__doc__, h.__doc__)
print(C.__doc__, C.m.__doc__, D.__doc__, C().__doc__, C.__dict__["p"].__doc__, C.s.__doc__)
print(C.__dict__["p"].fget(C()), C.__dict__["s"].__func__.__doc__)
print((lambda: 0).__doc__)
print(C.__dict__["__doc__"])
