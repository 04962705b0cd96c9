# Sequence patterns: lists, tuples, ranges and deques match; strs, bytes,
# bytearrays, dicts and sets do not. Lengths must fit; a star captures a list.
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first!r} {middle!r} {last!r}"
        case [first, *rest]:
            return f"first {first!r}, rest {rest!r} ({type(rest).__name__})"
        case _:
            return f"not a sequence: {type(v).__name__}"


for v in [[], (), [1], (2,), [1, 2], (3, 4), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(3), range(10),
          collections.deque([7, 8]), collections.deque(range(6)), "ab", "a", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, 5, None]:
    print(repr(v), "->", seq(v))


# Nested sequence patterns and the open (parenthesis-free) form.
def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return ("pairs", a, b, c, d)
        case (x, (y, (z,))):
            return ("deep", x, y, z)
        case a, b, *_:
            return ("open", a, b)
        case _:
            return None


print(nested([(1, 2), [3, 4, 5]]))
print(nested((1, (2, (3,)))))
print(nested([9, 8, 7, 6]))
print(nested([1]))

# Star in every position, and wildcards only.
for v in ([1, 2, 3, 4], [1, 2], [1]):
    match v:
        case [*head, 4]:
            print("ends in 4, head", head)
        case [1, *tail]:
            print("starts with 1, tail", tail)
    match v:
        case [_, _, *_]:
            print(v, "has two or more")
        case [_]:
            print(v, "has one")

# A subject that is a tuple built from several values.
for a in range(3):
    for b in range(2):
        match a, b:
            case (0, 0):
                print("origin")
            case (x, 0):
                print("on the x axis at", x)
            case (0, y):
                print("on the y axis at", y)
            case (x, y):
                print("at", x, y)

# A named tuple is a sequence; a list subclass too.
Pt = collections.namedtuple("Pt", "x y")


class MyList(list):
    pass


match Pt(3, 4):
    case [x, y]:
        print("named tuple as sequence", x, y)
match MyList([5, 6, 7]):
    case [a, *b]:
        print("list subclass", a, b)
