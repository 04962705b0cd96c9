# yield inside try/finally, with and catch-all except: close() throws
# GeneratorExit in, so finally bodies and __exit__ run (CPython's order).


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, type(val).__name__)
        return False


def lines(name, n):
    with Res(name) as r:
        for i in range(n):
            yield f"{r.name}:{i}"
    print("after with", name)


# Run to its end: __exit__(None, None, None), then the code after.
print(list(lines("a", 3)))

# Closed while suspended inside the with: __exit__ sees GeneratorExit.
g = lines("b", 5)
print(next(g), next(g))
g.close()
print("closed b")
try:
    next(g)
except StopIteration:
    print("b is finished")


def nested():
    try:
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
    finally:
        print("outer finally")


g = nested()
print(next(g))
g.close()
g = nested()
print(list(g))


# close() on a generator never started, or finished: nothing runs.
g = nested()
g.close()
print(list(g))


# A catch-all except sees GeneratorExit, and may return.
def catch_all():
    try:
        yield "x"
    except:
        print("caught everything")
        return "ignored by close"


g = catch_all()
next(g)
print(g.close())


def catch_base():
    try:
        yield "y"
    except BaseException as e:
        print("caught", type(e).__name__, repr(e), isinstance(e, Exception))
        raise


g = catch_base()
next(g)
g.close()


# Yielding again after GeneratorExit is an error; the generator stays
# suspended.
def stubborn():
    refused = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if refused:
                print("closing now")
                raise
            refused = True
            print("not closing")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("stubborn closed")


def stops():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        raise StopIteration  # becomes RuntimeError (PEP 479)


g = stops()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# An error raised by the cleanup comes out of close().
def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


g = bad_cleanup()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)


# A finally that yields while closing.
def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


# Exhausted by a for loop: finally runs at the end.
def counted(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counted done", n)


total = 0
for v in counted(4):
    total += v
print("total", total)
print(sum(counted(10)), max(counted(3)))


# An exception from the consumer thrown in? No: a break then close().
g = counted(100)
for v in g:
    if v == 2:
        break
g.close()
print("after break")


# Exceptions raised inside the generator pass through its finally.
def failing():
    try:
        yield 1
        raise KeyError("k")
    finally:
        print("failing finally")


try:
    for v in failing():
        print("got", v)
except KeyError as e:
    print("KeyError", e)


# return inside try/finally in a generator.
def early():
    try:
        yield 1
        return 5
    finally:
        print("early finally")


g = early()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)


# with + yield: the with swallows an exception thrown by a later step.
class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("swallow", exc[0].__name__ if exc[0] else None)
        return True


def swallowing():
    with Swallow():
        yield 1
        raise ValueError
    yield 2


print(list(swallowing()))
g = swallowing()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g = None
print("done")
