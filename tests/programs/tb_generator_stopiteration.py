# PEP 479: a StopIteration escaping a generator becomes a RuntimeError
# whose cause and context is the StopIteration, printed above it with its
# own traceback, as CPython 3.11 prints them.
def stops():
    raise StopIteration("from a call")


def gen(n):
    yield n
    if n % 2:
        stops()
    raise StopIteration(n)


def outer(n):
    yield from gen(n)


def caught():
    for n in range(4):
        g = outer(n) if n > 1 else gen(n)
        next(g)
        try:
            next(g)
        except RuntimeError as e:
            print(n, e, type(e.__cause__).__name__, e.__cause__.args, e.__context__ is e.__cause__,
                  e.__suppress_context__)
    total = 0
    for k in range(60):
        try:
            for v in outer(k):
                total += v
        except RuntimeError as e:
            total += len(e.__cause__.args)
    print(total)


caught()
for v in outer(3):
    print(v)
