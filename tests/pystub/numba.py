"""Stand-in for numba on CPython: jit/njit return the function unchanged.

It has the names the test programs import from numba (the decorators,
prange, the type objects and signatures), so that their expected output can
come from CPython; what real Numba prints is checked by tests/numba_check.py.
"""
import types as _pytypes


def _dispatcher(f):
    f.py_func = f
    return f


def _decorator(*args, **kwargs):
    if len(args) == 1 and isinstance(args[0], _pytypes.FunctionType):
        return _dispatcher(args[0])
    return _dispatcher


jit = njit = _decorator
prange = range


class _Signature:
    def __init__(self, ret, args):
        self.ret, self.args = ret, args

    def __repr__(self):
        return "%r -> %r" % (self.args, self.ret)


class _Type:
    def __init__(self, name, convert=None):
        self.name, self.convert = name, convert

    def __repr__(self):
        return self.name

    def __call__(self, *args):
        if all(isinstance(a, _Type) for a in args):
            return _Signature(self, args)
        return self.convert(args[0]) if self.convert else args[0]

    def __getitem__(self, index):
        dims = len(index) if isinstance(index, tuple) else 1
        return _Type("array(%s, %dd, A)" % (self.name, dims))


types = _pytypes.ModuleType("numba.types")
for _name, _canonical, _convert in [
    ("int8", "int8", int), ("int16", "int16", int), ("int32", "int32", int), ("int64", "int64", int),
    ("uint8", "uint8", int), ("uint16", "uint16", int), ("uint32", "uint32", int), ("uint64", "uint64", int),
    ("intp", "int64", int), ("uintp", "uint64", int), ("intc", "int32", int), ("uintc", "uint32", int),
    ("i1", "int8", int), ("i2", "int16", int), ("i4", "int32", int), ("i8", "int64", int),
    ("u1", "uint8", int), ("u2", "uint16", int), ("u4", "uint32", int), ("u8", "uint64", int),
    ("float32", "float32", float), ("float64", "float64", float), ("f4", "float32", float),
    ("f8", "float64", float), ("double", "float64", float),
    ("boolean", "bool", bool), ("bool_", "bool", bool), ("b1", "bool", bool),
    ("complex64", "complex64", complex), ("complex128", "complex128", complex),
    ("c8", "complex64", complex), ("c16", "complex128", complex),
    ("void", "none", None), ("none", "none", None), ("unicode_type", "unicode_type", None),
]:
    _t = _Type(_canonical, _convert)
    globals()[_name] = _t
    setattr(types, _name, _t)
