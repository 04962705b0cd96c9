# Mapping patterns: dicts and dict-like classes, keys that must exist,
# extra keys allowed, `**rest` a new dict of the others.
import collections


class Keys:
    NAME = "name"


def describe(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest} if rest:
            return f"circle {r} with {rest}"
        case {"type": "circle", "r": r}:
            return f"plain circle {r}"
        case {Keys.NAME: name, 1: one}:
            return f"named {name} with one={one}"
        case {0: zero, **others}:
            return f"zero={zero} others={others}"
        case {}:
            return f"some other mapping of {len(v)}"
        case _:
            return f"not a mapping: {type(v).__name__}"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1}, {"type": "circle", "r": 5},
          {"type": "circle", "r": 5, "color": "red", "fill": True}, {"name": "n", 1: "uno", 2: "dos"},
          {0: "a", 1: "b"}, {0: None}, {}, {"x": 1}, [("type", "point")], "type", 7]:
    print(repr(v), "->", describe(v))

# The rest is a new dict; the subject is unchanged.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print(rest, d, rest is d)

# `{**rest}` alone copies any mapping.
match {"k": "v"}:
    case {**everything}:
        print(everything)

# dict-like classes of collections: a missing key is not made by
# defaultdict's factory.
dd = collections.defaultdict(list)
dd["a"] = 1
match dd:
    case {"a": 1, "b": b}:
        print("b is", b)
    case {"a": a, **others}:
        print("only a:", a, others, len(dd))
od = collections.OrderedDict([("x", 1), ("y", 2)])
match od:
    case {"y": y, **rest}:
        print("ordered", y, rest)
c = collections.Counter("hello")
match c:
    case {"l": n}:
        print("l counted", n)

# 1, 1.0 and True are one key.
match {1: "one"}:
    case {True: v}:
        print("True finds", v)


# Two value patterns equal at run time: ValueError, as CPython.
class K:
    A = "same"
    B = "same"


try:
    match {"same": 1, "other": 2}:
        case {K.A: 1, K.B: 2}:
            print("never")
except ValueError as e:
    print("ValueError:", e)

# A short mapping fails before its keys are evaluated.
match {"only": 1}:
    case {"only": 1, K.missing: 2}:
        print("never")
    case _:
        print("too short, keys not evaluated")
