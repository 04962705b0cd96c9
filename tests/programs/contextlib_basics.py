from contextlib import contextmanager, closing, suppress, nullcontext, ExitStack, redirect_stdout
import contextlib

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("b") as t:
    print("inside", t)

@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catching():
    raise ValueError("boom")
print("after catching")

@contextmanager
def passing():
    try:
        yield 1
    finally:
        print("cleanup")

try:
    with passing() as v:
        print("v =", v)
        raise KeyError("k")
except KeyError as e:
    print("outer caught", repr(e))

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")

try:
    with converting():
        1 / 0
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2

print(decorated(3))
print(decorated(4))

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")

with nullcontext(5) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    r = stack.enter_context(tag("es"))
    print("stack body", r)

with ExitStack() as stack:
    stack.enter_context(suppress(ValueError))
    stack.callback(print, "before suppress exit")
    raise ValueError("swallowed")
print("after exitstack")

def gen_lines():
    try:
        for i in range(5):
            yield i
    finally:
        print("generator closed")

with closing(gen_lines()) as g:
    for x in g:
        if x == 2:
            break
        print("x", x)

