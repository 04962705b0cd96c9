# doctest.testmod(verbose=True): each example tried, the items sorted by
# name, those with no tests listed.
from doctest import testmod


def square(n: int) -> int:
    """
    >>> square(4)
    16
    >>> [square(i) for i in range(3)]
    [0, 1, 4]
    >>> square("x")
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return n * n


def no_examples():
    """Just prose."""


def no_docstring():
    pass


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.items
    [1]
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        """
        >>> Stack().push(2) is None
        True
        """
        self.items.append(item)

    class Inner:
        """
        >>> Stack.Inner.__name__
        'Inner'
        """


if __name__ == "__main__":
    print(testmod(verbose=True))
