# The `types` module of Rumba: names for the types of the built-in objects
# (taken from objects of those types, as CPython's module takes them), and
# SimpleNamespace.

import sys

__all__ = [
    "AsyncGeneratorType",
    "BuiltinFunctionType",
    "BuiltinMethodType",
    "CoroutineType",
    "EllipsisType",
    "FunctionType",
    "GeneratorType",
    "GenericAlias",
    "LambdaType",
    "MethodDescriptorType",
    "MethodType",
    "MethodWrapperType",
    "ModuleType",
    "NoneType",
    "NotImplementedType",
    "SimpleNamespace",
    "UnionType",
    "WrapperDescriptorType",
]


def _function():
    pass


def _generator():
    yield 1


async def _coroutine():
    pass


async def _async_generator():
    yield 1


class _Holder:
    def method(self):
        pass


NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
FunctionType = LambdaType = type(_function)
GeneratorType = type(_generator())
_co = _coroutine()
CoroutineType = type(_co)
_co.close()
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Holder().method)
BuiltinFunctionType = BuiltinMethodType = type(len)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(int.__add__)
MethodWrapperType = type((0).__add__)
ModuleType = type(sys)
GenericAlias = type(list[int])
UnionType = type(int | str)
del _function, _generator, _coroutine, _async_generator, _Holder, _co


class SimpleNamespace:
    """A bag of attributes: SimpleNamespace(a=1, b=2) has a and b; two are
    equal when their attributes are."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's class is a built-in one, named with its module.
        name = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")


# The namespaces whose repr is being made (as dataclasses' reprs keep
# theirs): a namespace that holds itself prints as `namespace(...)` there,
# as in CPython.
_repr_running = set()
