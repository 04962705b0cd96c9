vals = [0, 1.5, "s", [1], (1,), {1: 2}, None, True, range(3)]
for v in vals:
    print(repr(v), type(v), isinstance(v, int), isinstance(v, float), isinstance(v, (list, tuple)), isinstance(v, str))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance({}, dict))
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) is float, type("") is str, type(None))
print(type(1) == type(2), type(1) != type(1.0), type([]) is list, type(()) == tuple, type(range(1)) == range)
print(int, float, str, list, tuple, dict, bool, type(int), type(print) == type(len))
def f():
    pass
print(type(f) == type(lambda: 0), isinstance(len, int), "done")
t = type(3)
print(t(4.7), type("x")(5), type([])("ab"), type(0.5)("2.5"), bool(type))
print(isinstance(1, (str, (float, int))), isinstance("a", ()), type(type(1)))
