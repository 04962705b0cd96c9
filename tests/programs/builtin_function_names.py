# Names of built-in functions, built-in methods and bound methods (functools.wraps,
# doctest and error messages read them).
import math, random, functools, itertools
print(len.__name__, math.sqrt.__name__, print.__qualname__, sorted.__name__)
print(random.random.__name__, functools.reduce.__name__, math.sqrt)
print(repr(len), str(abs), math.floor.__qualname__, itertools.chain.__name__)
xs = [1]
print(xs.append.__name__, xs.append.__qualname__, xs.append.__self__ is xs)
print("a".upper.__qualname__, {}.get.__name__)
print(random.random.__qualname__, (5).__add__.__name__)


class C:
    """Doc of C."""

    def m(self):
        """Doc of m."""
        return 1


c = C()
print(c.m.__name__, c.m.__qualname__, c.m.__doc__)
print(c.m.__func__ is C.m, c.m.__self__ is c, c.m.__module__)
