# close() and throw() down a chain of delegating generators, each level
# with cleanup: innermost first, as CPython runs them.
log = []


def level(n):
    try:
        if n == 0:
            while True:
                try:
                    yield "bottom"
                except ValueError:
                    log.append("bottom handled")
        else:
            r = yield from level(n - 1)
            log.append(("returned", n, r))
    finally:
        log.append(n)


g = level(100)
print(next(g))
print(g.throw(ValueError))
g.close()
print(log[:3], log[-3:], len(log))

log.clear()


def finite(n):
    try:
        if n == 0:
            try:
                yield "bottom"
            except KeyError:
                return "caught at the bottom"
        else:
            r = yield from finite(n - 1)
            return r
    finally:
        log.append(n)


g = finite(50)
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("value", e.value, log[:2], len(log))
