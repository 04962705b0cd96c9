# print() writes the items before the one whose str() fails, and their
# separators, as CPython does; then the error is raised.
import io
import sys


class Bad:
    def __str__(self):
        raise ValueError("no text")


try:
    print(1, "two", Bad(), 4, sep="|", end="!\n")
except ValueError as e:
    print()
    print("caught:", e)

buf = io.StringIO()
try:
    print("a", "b", Bad(), file=buf)
except ValueError:
    pass
print(repr(buf.getvalue()))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
try:
    print(10, Bad(), file=w)
except ValueError:
    pass
print(w.parts)

try:
    print(Bad())
except ValueError:
    print("nothing before it")

sys.set_int_max_str_digits(1000)
try:
    print("big:", 7 ** 2000)
except ValueError as e:
    print()
    print(str(e)[:40])
