#!/usr/bin/env python3
"""Writes vm/src/builtins/dir_names.rs: what CPython 3.11's dir() lists for
each built-in type Rumba has, so Rumba's dir() of a built-in value, type or
base class gives CPython's names.

Run with CPython 3.11: python3 vm/src/builtins/dir_names.py > vm/src/builtins/dir_names.rs
(the table stays one line per type: rustfmt skips it)
"""
import builtins
import collections
import sys

assert sys.version_info[:2] == (3, 11), "the table is CPython 3.11's"


def f():
    pass


async def co():
    pass


async def ag():
    yield


def gen():
    yield


class C:
    def m(self):
        pass


coro = co()
coro.close()
types = {
    "NoneType": type(None), "bool": bool, "int": int, "float": float, "complex": complex,
    "str": str, "bytes": bytes, "bytearray": bytearray, "list": list, "tuple": tuple,
    "dict": dict, "set": set, "frozenset": frozenset, "range": range, "slice": slice,
    "object": object, "type": type, "function": type(f), "builtin_function_or_method": type(len),
    "method": type(C().m), "generator": type(gen()), "coroutine": type(coro),
    "async_generator": type(ag()), "module": type(sys), "property": property,
    "staticmethod": staticmethod, "classmethod": classmethod, "super": super,
    "map": map, "filter": filter, "zip": zip, "enumerate": enumerate, "reversed": reversed,
    "dict_keys": type({}.keys()), "dict_values": type({}.values()), "dict_items": type({}.items()),
    "list_iterator": type(iter([])), "tuple_iterator": type(iter(())), "range_iterator": type(iter(range(0))),
    "str_ascii_iterator": type(iter("")), "set_iterator": type(iter(set())),
    "dict_keyiterator": type(iter({})), "cell": type((lambda x: lambda: x)(0).__closure__[0]),
    "deque": collections.deque, "defaultdict": collections.defaultdict,
    "OrderedDict": collections.OrderedDict, "Counter": collections.Counter,
}
for name in dir(builtins):
    value = getattr(builtins, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        types[name] = value

print("//! What CPython 3.11's `dir()` lists for each built-in type, by type name:")
print("//! written by `dir_names.py` (run it with CPython 3.11 to remake this file).")
print()
print("/// Each type's names, sorted as `dir()` returns them.")
print("#[rustfmt::skip]")
print("pub(super) const DIR_NAMES: &[(&str, &[&str])] = &[")
for name in sorted(types):
    names = ", ".join('"%s"' % n for n in dir(types[name]))
    print('    ("%s", &[%s]),' % (name, names))
print("];")
