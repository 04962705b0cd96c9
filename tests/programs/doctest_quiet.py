"""doctest.testmod() over a module whose examples all pass prints nothing.

>>> 1 + 1
2
"""
import doctest
from dataclasses import dataclass


def add(a, b):
    """Adds.

    >>> add(2, 3)
    5
    >>> for x in (1, 2):
    ...     add(x, x)
    2
    4
    >>> add("a", "b") == "ab"
    True
    >>> add(1, 0)    # True accepted for 1
    1
    >>> print("no newline", end="")
    no newline
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> None
    >>> x = add(1, 1)
    >>> x
    2
    """
    return a + b


def fails():
    """Exceptions.

    >>> fails()
    Traceback (most recent call last):
        ...
    ValueError: bad value
    >>> {}["k"]
    Traceback (most recent call last):
    KeyError: 'k'
    >>> raise Custom("x")    # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    other.Custom: y
    >>> 1 / 0
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    """
    raise ValueError("bad value")


class Custom(Exception):
    pass


class Shapes:
    """A class.

    >>> Shapes().area(2)
    4
    >>> list(range(20))   # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(12))   # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4,
     5, 6, 7, 8, 9, 10, 11]
    >>> undefined_name   # doctest: +SKIP
    42
    """

    def area(self, side):
        """
        >>> Shapes().area(3)
        9
        """
        return side * side

    @property
    def name(self):
        """
        >>> Shapes().name
        'shape'
        """
        return "shape"

    @staticmethod
    def unit():
        """
        >>> Shapes.unit()
        1
        """
        return 1


@dataclass
class Pair:
    """
    >>> Pair(1, 2)
    Pair(a=1, b=2)
    >>> Pair(1, 2) == Pair(1, 2)
    True
    """
    a: int
    b: int


def globals_are_copied():
    """Names an example binds stay in its docstring.

    >>> y = 5
    >>> y * 2
    10
    """


def sees_no_other_docstrings_names():
    """
    >>> y
    Traceback (most recent call last):
    NameError: name 'y' is not defined
    """


def loop_in_example():
    """
    >>> total = 0
    >>> for i in range(300):
    ...     total += i
    >>> total
    44850
    """


if __name__ == "__main__":
    doctest.testmod()
    print(doctest.testmod())
    print("done")
