# A built-in type's method taken from the type is one object per type and
# name (`str.upper is str.upper`, as in CPython), whatever collections
# happen between the accesses; built-in methods, bound or not, are of
# type builtin_function_or_method here (CPython calls the unbound ones
# method_descriptor), not `method`, in names, isinstance and errors.
import gc
import types

up = str.upper
junk = [[i] * 10 for i in range(2000)]
del junk
gc.collect()
print(str.upper is up, str.upper is str.upper, list.append is list.append, str.upper is str.lower)
print(repr(str.upper), repr(dict.get))
print(type("a".upper).__name__, type([].append), type(len))
print(isinstance("a".upper, types.BuiltinFunctionType), isinstance("a".upper, types.MethodType))


class C:
    def m(self):
        return 1


print(type(C().m).__name__, isinstance(C().m, types.MethodType))
print(list(map(str.upper, ["ab", "cd"])), sorted(["b", "A", "c"], key=str.lower))
counts = {}
for w in ["x", "y", "x"] * 50:
    counts[w] = counts.get(w, 0) + 1
f = counts.get
print(f("x"), f is counts.get, counts.get == counts.get)
try:
    "a".upper[0]
except TypeError as e:
    print(e)
try:
    str.upper.extra = 1
except AttributeError as e:
    print(type(e).__name__)
