# Built-ins given generators: each must take the same items in the same
# order and do the same with them as CPython's, errors included.

def noisy(xs, log):
    for x in xs:
        log.append(x)
        yield x

def count_up():
    n = 0
    while True:
        yield n
        n += 1

def main():
    v = list(range(1, 2001))
    print(sum(x * x for x in v))
    print(sum((x / 3 for x in v), 0.5))
    print(sum((x for x in v), 10 ** 20))
    print(sum(x for x in []))
    print(sum((x % 2 == 0 for x in v), True))
    print(sum(2 ** 62 + x for x in range(5)))
    print(max(x % 97 for x in v), min(x % 89 - 3 for x in v))
    print(max((x for x in ["b", "a", "c"])), min(c for c in "hello"))
    print(max(x * 0.5 for x in v if x > 1990))
    print(any(x > 1999 for x in v), all(x > 0 for x in v), any(x < 0 for x in v), all(x < 5 for x in v))
    print(any(x > 10 for x in count_up()))
    print(list(x * 2 for x in range(8)), tuple(c.upper() for c in "abc"))
    print(sorted(x % 7 for x in range(20)), sorted(str(x) for x in range(12)))
    s = set(x % 10 for x in range(1000))
    print(len(s), sorted(s))
    print(sum(x for x in range(0)), list(x for x in ()), tuple(x for x in ()), set(x for x in ()))
    # Short-circuits stop taking items where CPython's do.
    log = []
    print(any(x > 3 for x in noisy(range(10), log)), log)
    log = []
    print(all(x < 2 for x in noisy(range(10), log)), log)
    # The generator is left where the built-in stopped with it.
    g = (x for x in range(10))
    print(any(x == 4 for x in g), next(g))
    # In a hot loop: the JIT meets the switch every time round.
    total = 0
    for i in range(300):
        total += sum(j * i for j in range(i % 17))
        total += max(j - i for j in range(1 + i % 5))
        if any(j == i for j in range(i % 13)):
            total += 1
        total += len(list(k for k in range(i % 7)))
    print(total)
    # A shadowed built-in is the script's function, generator or not.
    def sum_(xs, start=0):
        return "mine"
    global_sum = sum
    print(global_sum(x for x in range(4)), sum_(x for x in range(4)))
    # Errors: the same ones, after the same items.
    for make in (lambda: sum(x for x in [1, 2, "3"]),
                 lambda: sum((x for x in ["a"]), ""),
                 lambda: max(x for x in []),
                 lambda: min(x for x in ()),
                 lambda: max((x for x in [1, "a"])),
                 lambda: sorted(x for x in [3, None, 1]),
                 lambda: set([x] for x in range(3)),
                 lambda: sum(1 // (3 - x) for x in range(5))):
        try:
            print(make())
        except Exception as e:
            print(type(e).__name__, e)

main()
