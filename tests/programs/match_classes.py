# Class patterns: keyword attributes, positional ones by __match_args__,
# dataclasses and named tuples, the built-in types matching themselves,
# and CPython's TypeErrors.
import collections
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithArgs(Plain):
    __match_args__ = ("a", "b")


class Temperature:
    __match_args__ = ("celsius",)

    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        return self.kelvin - 273


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"y axis at {y}"
        case Point(x, 0):
            return f"x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal at {x}"
        case Point():
            return "somewhere"
        case Line(Point(0, 0), end):
            return f"line from origin to {end}"
        case Line(start=Point(x1, y1), end=Point(x2, y2)):
            return f"line {x1},{y1} -> {x2},{y2}"
        case WithArgs(1, b):
            return f"with args, b={b}"
        case Plain(a=a, b=b):
            return f"plain {a} {b}"
        case Temperature(c) if c > 30:
            return f"hot {c}"
        case Temperature(celsius=c):
            return f"mild {c}"
        case _:
            return "unknown"


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2),
          Line(Point(0, 0), Point(1, 1)), Line(Point(1, 2), Point(3, 4)),
          WithArgs(1, "bee"), WithArgs(2, "x"), Plain(5, 6), Temperature(310), Temperature(290), "str"]:
    print(where(v))

print(Point.__match_args__)


# Built-in types match the subject itself with one positional pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(bs) | bytearray(bs):
            return f"bytes-like {bs!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], (1,), {"k": 0}, {1}, frozenset(), None, []]:
    print(repr(v), "->", builtin(v))

# Attributes of built-in values by keyword.
match 7:
    case int(real=r, imag=i):
        print("real", r, "imag", i)

# Named tuples have __match_args__.
Pair = collections.namedtuple("Pair", "left right")
print(Pair.__match_args__)
match Pair(1, 2):
    case Pair(l, right=r):
        print("pair", l, r)

# A missing attribute fails the pattern.
match Plain(1, 2):
    case Plain(c=c):
        print("never")
    case Plain(a=1):
        print("no attribute c, so the next case")


# CPython's TypeErrors.
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


def not_a_class():
    match 1:
        case len():
            return "never"


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "never"


def no_match_args():
    match Plain(1, 2):
        case Plain(1):
            return "never"


def match_args_list():
    class Bad:
        __match_args__ = ["a"]
    match Bad():
        case Bad(1):
            return "never"


def not_strings():
    class Bad:
        __match_args__ = ("a", 1)
        a = 5
    match Bad():
        case Bad(_, _):
            return "never"


def int_two():
    match 5:
        case int(1, 2):
            return "never"


def repeated():
    match Point(1, 2):
        case Point(1, x=1):
            return "never"


def not_instance_first():
    # Not an instance: no error about the sub-patterns.
    match "s":
        case Point(1, 2, 3):
            return "never"
        case _:
            return "no error when the subject is no instance"


for f in (not_a_class, too_many, no_match_args, match_args_list, not_strings, int_two, repeated,
          not_instance_first):
    attempt(f)
