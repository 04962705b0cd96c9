# Literal patterns: numbers (negative, float, complex), strings, bytes,
# and None/True/False compared with `is`; value patterns compared with ==.
import math


class Color:
    RED = "red"
    GREEN = "green"


class Limits:
    class Inner:
        TOP = 100


def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 1 + 2j:
            return "one plus two j"
        case -3j:
            return "minus three j"
        case 2 - 1j:
            return "two minus j"
        case "hello" " world":
            return "greeting"
        case 'single':
            return "single quoted"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red by value"
        case Limits.Inner.TOP:
            return "top by value"
        case 12345678901234567890:
            return "big"
        case _:
            return "no literal"


values = [0, 0.0, -0.0, False, -1, -1.0, 2.5, -0.5, 1 + 2j, -3j, 2 - 1j, "hello world", "single",
          b"raw", bytearray(b"raw"), None, True, 1, 1.0, False, "red", "green", 100, 100.0,
          12345678901234567890, math.inf, "", [], ()]
for v in values:
    print(repr(v), "->", lit(v))


# `is` for the singletons: 1 == True but 1 is not True.
def singleton(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "neither"


print(singleton(True), singleton(1), singleton(1.0), singleton(2))


# A match with no case that matches does nothing.
match 42:
    case 1:
        print("never")
    case "42":
        print("never either")
print("after a match that matched nothing")

# A single `case _` and a last `case _` after others.
match "anything":
    case _:
        print("wildcard alone")
for v in (1, 2):
    match v:
        case 1:
            print("one")
        case _:
            print("default for", v)
