# A generator left part way by `break` in a compiled loop, then stepped by
# next(), send() and another loop; and errors raised inside its steps.

def numbers():
    i = 0
    while True:
        got = yield i
        if got is not None:
            i = got
        i += 1

def risky(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError("bad item " + str(i))
        yield 100 // (bad - i - 1) if i < bad - 1 else i

def main():
    g = numbers()
    total = 0
    for v in g:
        total += v
        if v >= 1500:
            break
    print("first loop", total)
    print("next", next(g), next(g))
    print("send", g.send(10_000), next(g))
    total = 0
    for v in g:
        total += v
        if v > 12_000:
            break
    print("second loop", total)

    for bad in (300, 1500):
        s = 0
        try:
            for v in risky(2000, bad):
                s += v
        except ValueError as e:
            print("caught", e, s)

    # A generator made and run out in every round of an outer loop.
    out = 0
    for n in range(60):
        for v in risky(n, 10_000):
            out += v
    print("outer", out)

    # The same generator object stepped from two places.
    g = risky(5000, 10_000)
    a = b = 0
    for v in g:
        a += v
        if v % 97 == 0:
            b += next(g)
    print("shared", a, b)

    # Running out of a generator inside a while loop with next(..., default).
    g = (x * x for x in range(3000))
    acc = 0
    while True:
        v = next(g, None)
        if v is None:
            break
        acc += v
    print("while-next", acc)

main()
