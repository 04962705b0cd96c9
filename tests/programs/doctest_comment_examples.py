# A doctest prompt holding only a comment is no example: it is not run, not
# counted, and the lines under it are expected of nothing.


def square(n):
    """
    >>> square(3)
    9
    >>> # square(10 ** 6)  # too slow to run here
    # 1000000000000
    >>>
    >>> square(-2)
    4
    """
    return n * n


if __name__ == "__main__":
    import doctest

    print(doctest.testmod(verbose=True))
