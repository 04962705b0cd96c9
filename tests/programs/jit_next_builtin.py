# next(it) and next(it, default) in hot loops, on the iterators a `for`
# steps inline (lists, ranges, strs, dict views, enumerate, zip): the
# same step in compiled code; a spent iterator gives the default, or the
# interpreter raises StopIteration.


def firsts(table):
    total = 0.0
    for key, row in table.items():
        total += next(iter(row.values())) * next(iter(row.keys()))
    return total


table = {k: {k + 1: k * 0.5, k + 2: 1.0} for k in range(300)}
print(firsts(table))


def pairs(xs):
    it = iter(xs)
    out = []
    for _ in range(len(xs)):
        a = next(it, None)
        b = next(it, "end")
        out.append((a, b))
    return out[:3], out[-3:]


print(pairs(list(range(101))))
print(pairs("abcdefg" * 20))


def steps(n):
    r = iter(range(0, n * 3, 3))
    e = enumerate("xyz" * n)
    z = zip(range(n), "ab" * n)
    acc = []
    for _ in range(n + 2):
        acc.append((next(r, -1), next(e, (-1, "?")), next(z, ())))
    return acc[:2], acc[-3:]


print(steps(150))


def until_stop(xs):
    it = iter(xs)
    count = 0
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        count += v
    return count


print(until_stop(list(range(500))), until_stop([]), until_stop((1.5, 2.5)))


def changing(sources):
    out = []
    for src in sources:
        out.append(next(iter(src), "empty"))
    return out[:6], len(out)


print(changing([[1], "ab", range(3, 9), (), {"k": 1}, {7: 1}.values(), [2.5], ""] * 40))
print(callable(len), callable(5), [callable(x) for x in (print, "s", int, None)] * 2)
