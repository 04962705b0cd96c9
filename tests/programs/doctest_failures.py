# expected: hand-written (CPython's output but for the failure headers, which name the
# file and its line where Rumba's main module has no __file__ ("Line N" of the docstring,
# as CPython's when a test has no file), and the unexpected exception's traceback, of which
# Rumba shows the last line)
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


print(doctest.testmod())
print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE, report=False))
