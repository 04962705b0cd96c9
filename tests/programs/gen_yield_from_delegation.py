# yield from as CPython 3.11 runs it: send() reaches the inner generator,
# the inner return value is the expression's value, throw() and close() go
# to the iterator delegated to first.


def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return x, y


def outer():
    result = yield from inner()
    print("outer result", result)
    z = yield "o1"
    return z


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration", e.value)


# Sending a value into a fresh inner generator through yield from.
def first_send():
    yield from inner()


g = first_send()
print(g.send(None))
print(g.send(1))


# Delegating to built-in iterators and to a finished generator.
def mixed():
    a = yield from [1, 2]
    b = yield from "xy"
    done = inner()
    for _ in done:
        pass
    c = yield from done
    d = yield from range(2)
    print("values", a, b, c, d)


print(list(mixed()))


# send() into yield from over an iterator without send().
g = mixed()
next(g)
try:
    g.send("x")
except AttributeError as e:
    # (Rumba names a list's iterator type 'iterator', not 'list_iterator'.)
    print("AttributeError:", str(e).endswith("object has no attribute 'send'"))


# A class of the script's own: __next__ ending with StopIteration(value),
# and send/throw/close methods.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

    def send(self, v):
        print("Countdown.send", v)
        return self.__next__()

    def throw(self, exc):
        print("Countdown.throw", repr(exc))
        raise StopIteration("thrown out")

    def close(self):
        print("Countdown.close")


def launcher(n):
    r = yield from Countdown(n)
    print("launcher got", r)
    yield r


print(list(launcher(3)))
g = launcher(5)
print(next(g), g.send("hello"))
print(g.throw(KeyError("k")))
g = launcher(5)
next(g)
g.close()


# throw() into a chain of generators: each level can handle it.
def level3():
    try:
        yield 3
    except ValueError as e:
        print("level3 handles", e)
        yield "l3"
    return "r3"


def level2():
    r = yield from level3()
    print("level2 got", r)
    try:
        yield 2
    except ValueError:
        print("level2 handles")
        yield "l2"


def level1():
    yield from level2()


g = level1()
print(next(g))
print(g.throw(ValueError("deep")))
print(next(g))
print(g.throw(ValueError))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError", e)


# throw() into yield from over an iterator without throw(): raised in the
# delegating generator.
def over_list():
    try:
        yield from [1, 2, 3]
    except IndexError:
        print("over_list handles IndexError")
        yield "handled"


g = over_list()
print(next(g))
print(g.throw(IndexError))


# close() closes the inner generator first, running its finally.
def with_cleanup(name):
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("cleanup", name)


def chain_cleanup():
    try:
        yield from with_cleanup("a")
        yield from with_cleanup("b")
    finally:
        print("cleanup outer")


g = chain_cleanup()
print(next(g), next(g), next(g))
g.close()
print(list(chain_cleanup()))


# Recursive delegation: a tree walk.
def walk(tree, depth=0):
    if isinstance(tree, list):
        total = 0
        for sub in tree:
            total += yield from walk(sub, depth + 1)
        return total
    yield (tree, depth)
    return tree


def walk_all(tree):
    total = yield from walk(tree)
    print("sum of leaves", total)


print(list(walk_all([1, [2, [3, 4], 5], [[6]]])))


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    return 1 + (yield from deep(n - 1))


def deep_all():
    r = yield from deep(500)
    print("depth", r)


print(list(deep_all()))

# Errors: yield from a non-iterable.
def bad():
    yield from 5


try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
