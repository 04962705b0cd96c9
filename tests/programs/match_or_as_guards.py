# Or-patterns, as-patterns and guards.


def kind(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case (1, y) | (y, 1) if y > 10:
            return f"guarded one with {y}"
        case [int() | float() as n, *_] as whole:
            return f"numeric head {n} of {whole}"
        case {"k": (1 | 2) as k}:
            return f"k is {k}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n) if n > 100:
            return f"big {n}"
        case _:
            return "other"


for v in [0, 2, 3, "a", "b", "c", [5, 0], [0, 6], [0, 0], (1, 20), (30, 1), (1, 2), [1.5, "x"], [7],
          {"k": 2}, {"k": 3}, "long", -5, 500, 50]:
    print(repr(v), "->", kind(v))

# A guard sees the names the pattern bound; a failed guard moves on.
calls = []


def check(x):
    calls.append(x)
    return x % 2 == 0


for v in range(4):
    match v:
        case x if check(x):
            print(v, "even by guard")
        case x:
            print(v, "odd, fell through")
print(calls)

# The guard of a last `case _`.
for v in (1, 2):
    match v:
        case 1:
            print("one")
        case _ if v > 1:
            print("default with guard", v)

# Bindings of the case that matched.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)


# break, continue and return inside cases.
def first_string(items):
    for item in items:
        match item:
            case int():
                continue
            case "stop":
                break
            case str(s):
                return s
    return None


print(first_string([1, 2, "x", 3]), first_string([1, "stop", "y"]), first_string([]))

# A match in a function binds locals; nested functions see them.


def closure(v):
    match v:
        case [a, b]:
            pass

    def inner():
        return a + b
    return inner()


print(closure([3, 4]))

# A match inside a class body binds class attributes.


class Config:
    mode = "fast"
    match mode:
        case "fast":
            level = 3
        case _:
            level = 1


print(Config.level)

# Exceptions inside a case body propagate; try around a match.
try:
    match 1:
        case 1:
            raise ValueError("from a case")
except ValueError as e:
    print("caught", e)

# A match inside try/finally inside a loop.
for v in (1, "x"):
    try:
        match v:
            case int():
                print("int in try")
            case _:
                print("other in try")
    finally:
        print("finally for", v)
