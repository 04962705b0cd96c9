# A dataclass's generated methods belong to the class's module, so
# doctest counts them among the module's items.
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class P:
    x: int = 0


@dataclass
class Q:
    """A point.

    >>> Q(2).y
    2
    """
    y: int = 0


for n in ["__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"]:
    f = P.__dict__[n]
    print(n, f.__module__, f.__qualname__, f.__doc__)

if __name__ == "__main__":
    import doctest
    doctest.testmod(verbose=True)
