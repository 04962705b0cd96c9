"""A module docstring whose example fails.

>>> 6 * 7
41
"""


def deco(f):
    return f


@deco
def decorated(x):
    """
    Checks a value.

    >>> decorated(1)
    3
    """
    return x


def one_line():
    '''>>> 1 + 1
    5
    '''


class Shape:
    """
    >>> Shape().sides
    4
    """

    sides = 3

    @property
    def area(self):
        """
        >>> Shape().area
        1
        """
        return 0

    @staticmethod
    def make():
        """>>> Shape.make() is None
        False
        """

    def method(self, a,
               b):
        """
        >>> Shape().method(1, 2)
        4
        """
        return a + b


__test__ = {"extra": """
>>> 'x' * 2
'xxx'
"""}

if __name__ == "__main__":
    # CPython names the file in each failure report; naming it as the
    # tests run it (from this directory) keeps the expected output free of
    # a machine's path.
    __file__ = "doctest_failure_lines.py"
    import doctest

    print(doctest.testmod())
