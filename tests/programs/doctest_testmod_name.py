# doctest.testmod(name=..., verbose=True) as scripts call it: the tests of
# the main module, reported under that name.

from doctest import testmod


def double(x):
    """
    >>> double(2)
    4
    >>> double("ab")
    'abab'
    """
    return x * 2


if __name__ == "__main__":
    print(testmod(name="double", verbose=True))
    print(testmod(None, name="quiet"))
