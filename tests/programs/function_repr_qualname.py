# A function's repr shows its __qualname__ (the one functools.wraps or an
# assignment sets, else its code's), as CPython's does.
import functools


class C:
    def m(self):
        pass

    class Inner:
        def deep(self):
            pass


def outer():
    def inner():
        pass
    return inner


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


class K:
    @deco
    def decorated(self):
        pass


def plain():
    pass


def cut(f):
    return repr(f).split(" at 0x")[0]


print(cut(C.m), cut(C.Inner.deep), cut(outer()), cut(K.decorated), cut(plain), cut(lambda: 0))
plain.__qualname__ = "Renamed.plain"
print(cut(plain), plain.__name__)
print(cut(C.__dict__["m"]), C.m.__qualname__, outer().__qualname__)
