# A module the mod_* programs import (not a program itself).
import math

scale = 10
origin = (0, 0)
_hidden = "private"
calls = 0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def dist(a, b):
    return math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2)


def scaled(v):
    # `scale` is this module's global, whatever the importer calls scale.
    return v * scale


def count():
    global calls
    calls += 1
    return calls


def where():
    return __name__


if __name__ == "__main__":
    print("the guard ran in an imported module")

print("geo loaded as", __name__)
