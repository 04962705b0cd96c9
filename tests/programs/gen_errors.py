# Errors inside generators and around them, caught.
def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i


g = boom(5)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "finished"))
try:
    next(g)
except StopIteration:
    print("StopIteration after the error")
try:
    print(list(boom(10)))
except ValueError as e:
    print("list:", e)
try:
    for x in boom(10):
        print("for", x)
except ValueError as e:
    print("for:", e)


def stopper():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(stopper()))
except RuntimeError as e:
    print("RuntimeError:", e)


def raise_stop():
    yield 1
    raise StopIteration


try:
    for v in raise_stop():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)


def reenter():
    yield 1
    yield next(me)


me = reenter()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "done"))


def handles():
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield "handled " + str(e)


print(list(handles()))


def inner_fail():
    yield 1 // 0


def outer_gen():
    for v in inner_fail():
        yield v


try:
    list(outer_gen())
except ZeroDivisionError as e:
    print("nested:", e)
try:
    next(iter([]))
except StopIteration:
    print("plain StopIteration")
try:
    next(5)
except TypeError as e:
    print(e)
try:
    len(x for x in [])
except TypeError as e:
    print(e)
try:
    (x for x in [])[0]
except TypeError as e:
    print(e)


class Bad:
    def __init__(self):
        yield 1


try:
    Bad()
except TypeError as e:
    print(e)


def unbound():
    yield x
    x = 1


try:
    next(unbound())
except UnboundLocalError as e:
    print(e)
