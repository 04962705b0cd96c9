# expected: hand-written (CPython's output but for the unexpected exception's traceback,
# of which Rumba shows the last line)
import doctest


def f():
    """
    >>> f()
    3
    >>> g()
    1
    >>> print('a')
    >>> f()  # doctest: +SKIP
    5
    >>> [1, 2]
    [1,  2]
    >>> [1, 2]  # doctest: +NORMALIZE_WHITESPACE
    [1,  2]
    """
    return 2


class K:
    """
    >>> raise ValueError("x")
    Traceback (most recent call last):
    ValueError: y
    >>> K.m()
    Traceback (most recent call last):
    ValueError: z
    """

    @staticmethod
    def m():
        """
        >>> print(1, end="")
        2
        """


# The failure reports name the file as the tests run it, not by a machine's path.
__file__ = "doctest_failures.py"
print(doctest.testmod())
print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE, report=False))
