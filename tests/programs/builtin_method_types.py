# The types of built-in methods, as CPython names them: taken from the
# type (method_descriptor, wrapper_descriptor for special methods) or
# bound to a value (builtin_function_or_method, method-wrapper).
import types

print(type(str.upper), type("a".upper))
print(type(list.append), type([].append))
print(type(dict.get), type({}.get))
print(type(int.__add__), type((1).__add__))
print(type(str.__len__), type("a".__len__))
print(type(float.__repr__), type((1.5).__repr__))
# Not slot wrappers in CPython: plain methods of the type.
print(type(list.__getitem__), type(dict.__contains__), type(int.__round__), type(float.__format__))
print(type([].__getitem__), type((2).__round__))
# A static method of a built-in type is a plain built-in.
print(type(str.maketrans), type(dict.fromkeys), type(int.from_bytes))
print(type(len), type(print))

print(type(str.upper).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(repr(str.upper), repr(int.__add__), repr(list.__getitem__))
print(str.upper.__qualname__, "a".upper.__qualname__, int.__add__.__qualname__, dict.get.__qualname__)

print(types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType)
print(isinstance(str.upper, types.MethodDescriptorType), isinstance("".upper, types.MethodDescriptorType))
print(isinstance((2).__add__, types.MethodWrapperType), isinstance(int.__sub__, types.WrapperDescriptorType))
print(isinstance("".upper, types.BuiltinMethodType), isinstance(str.upper, types.BuiltinFunctionType))
print(type(str.upper) is type(list.append), type(str.upper) == type(len), type(int.__add__) is type(str.__len__))

# Called through the type, each takes its receiver first.
print(str.upper("ab"), int.__add__(2, 3), list.__len__([1, 2]), (4).__mul__(5))
counts = {}
for word in "a b a c b a".split():
    counts[word] = dict.get(counts, word, 0) + 1
print(counts, [type(m).__name__ for m in (str.split, "x".split, str.__eq__, "x".__eq__)])
