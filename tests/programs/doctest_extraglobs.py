# testmod(globs=, extraglobs=): the names a docstring's examples see are a
# copy of globs (the module's own by default) updated with extraglobs.
import doctest
from collections import deque

LIMIT = 10


def clamp(x):
    """
    >>> clamp(15)
    10
    >>> queue.popleft(), LIMIT
    ('first', 10)
    >>> queue.append('later'); len(queue)
    2
    """
    return min(x, LIMIT)


def answers():
    """
    >>> answer, LIMIT
    (42, 10)
    """


# Failure reports name the file: as the tests run it, free of a machine's path.
__file__ = "doctest_extraglobs.py"
print(doctest.testmod(extraglobs={"queue": deque(["first", "second"]), "answer": 42}))
# globs replaces the module's names: LIMIT is 3 for the examples (clamp
# still reads its own module's), and each docstring gets its own copy.
print(doctest.testmod(globs={"answer": 42, "LIMIT": 3, "clamp": clamp, "queue": deque(["first"])}))
