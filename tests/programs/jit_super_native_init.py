# super().__init__(...) reaching a native class's __init__ (an exception
# class's, a deque's) inside compiled loops, and the instance it fills.
from collections import deque


class ParseError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at {position}")
        self.position = position


class Bounded(deque):
    def __init__(self, items, limit):
        super().__init__(items)
        self.limit = limit


caught = []
total = 0
for i in range(400):
    e = ParseError("bad token", i)
    total += e.position + len(e.args[0])
    if i % 97 == 0:
        try:
            raise ParseError("unexpected end", i)
        except ParseError as err:
            caught.append((str(err), err.position, err.args))
for i in range(100):
    b = Bounded([i, i + 1], i % 5)
    total += sum(b) + b.limit + len(b)
print(total)
print(caught)
print(repr(ParseError("x", 3)), ParseError("y", 4).args)
