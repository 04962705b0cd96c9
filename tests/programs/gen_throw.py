# generator.throw: a class or an instance, caught inside the generator (the
# next value is throw's result) or propagated; into a generator not started
# or finished; argument errors as CPython's.


def echo():
    received = []
    while True:
        try:
            x = yield len(received)
            received.append(x)
        except ValueError as e:
            print("caught ValueError", e.args)
            received.append("err")
        except KeyError:
            print("caught KeyError, returning")
            return received


g = echo()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "with value"))
print(g.throw(ValueError, ("two", "args")))
print(g.throw(ValueError, None))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.throw(ValueError)
except ValueError as e:
    print("finished generator re-raises", repr(e))


# Not caught: it propagates to the caller and the generator is finished.
def plain():
    yield 1
    yield 2


g = plain()
next(g)
try:
    g.throw(TypeError("no"))
except TypeError as e:
    print("propagated", e)
print(list(g))

# Into a generator that has not started: raised at once, nothing runs.
g = plain()
try:
    g.throw(IndexError)
except IndexError:
    print("IndexError from a fresh generator")
print(list(g))


# A throw caught and turned into the generator's next yield.
def resilient(items):
    for item in items:
        try:
            yield item
        except Exception as e:
            yield f"handled {type(e).__name__}"


g = resilient([1, 2, 3])
print(next(g))
print(g.throw(RuntimeError))
print(next(g))
print(list(g))


# An exception class of the script's own.
class Stop(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def worker():
    try:
        while True:
            yield "working"
    except Stop as s:
        print("stopped because", s.reason)
        yield "stopped"


g = worker()
next(g)
print(g.throw(Stop("enough")))
try:
    g.throw(Stop, "class and value")  # raised inside the except: propagates
except Stop as s:
    print("propagated", s.reason, type(s.__context__).__name__, s.__context__.reason)


# Argument errors.
g = plain()
next(g)
for args in [(), (1,), ("text",), (ValueError(), 5), (ValueError, 1, 2), (ValueError, None, None, None), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(next(g))
