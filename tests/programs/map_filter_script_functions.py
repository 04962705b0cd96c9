# map() and filter() of functions the script wrote: lambdas, closures,
# bound methods, several iterables; the objects keep the built-ins'
# behaviour (a step after an error takes the next item, a StopIteration
# from the function ends the iteration) and the hot loops over them run
# with the function called inline.

f = filter(lambda x: 1 // x, [0, 1, 2])
try:
    next(f)
except ZeroDivisionError as e:
    print("err", e)
print(next(f), list(f), list(f))

m = map(lambda x: 10 // x, [1, 0, 5])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("err", e)
print(list(m), next(m, "done"))

print(list(filter(lambda x: next(iter([])), [1, 2])))
print(list(map(lambda x: next(iter([])), [1, 2])))
for x in filter(lambda x: next(iter([])), [1, 2]):
    print("never", x)
stops = iter([1, 2, 3])
print(list(map(lambda x: x if x != 2 else next(iter(())), stops)), list(stops))

print(type(filter(lambda x: x, [])), type(map(lambda x: x, [])))
print(repr(map(lambda x: x, []))[:12], repr(filter(lambda x: x, []))[:15])
fl = filter(lambda x: x > 1, [1, 2, 3])
print(hasattr(fl, "send"), hasattr(fl, "gi_frame"), hasattr(fl, "__next__"), iter(fl) is fl, fl.__next__())
print(type(fl).__name__, type(map(len, [])).__name__)

print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(lambda a, b, c: a * b - c, range(5), [3] * 9, "abc".encode())))
xs = [1, 2, 3]
it = map(lambda x: x * 2, xs)
xs.append(4)
print(list(it), list(it))


def gen():
    yield 1
    yield 2


g = map(lambda x: -x, gen())
print(next(g), list(g), list(g))
print(sum(map(lambda x: x * x, range(10))), max(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
print(sorted(map(lambda w: w[::-1], ["ab", "ca", "bb"])), "-".join(map(lambda n: str(n * 3), range(4))))
print(tuple(filter(lambda v: v, [0, 1, "", "x", [], [0], None, 0.0, -0.0, 2.5])))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))


class Scale:
    def __init__(self, k):
        self.k = k

    def apply(self, v):
        return v * self.k

    def keep(self, v):
        return v % self.k == 0


s = Scale(3)
print(list(map(s.apply, [1, 2.5, "ab"])), list(filter(s.keep, range(20))))


def adder(n):
    return lambda v: v + n


print([list(map(adder(n), range(3))) for n in range(3)])
print(list(map(lambda p: p[0] * p[1], filter(lambda p: p[0] < p[1], zip(range(6), [3, 1, 4, 1, 5, 9])))))

# Hot loops: the function is called inline by compiled code, its result's
# type may change partway, and a step may raise and be caught.
words = ("alpha beta  gamma  delta epsilon " * 40).split(" ")
total = 0
lengths = 0
for r in range(60):
    for w in filter(lambda w: w != "", words):
        lengths += len(w)
    for v in map(lambda w: len(w) * r if r < 30 else len(w) * 0.5, words):
        total += v
    if r % 10 == 0:
        print(r, lengths, total)
caught = 0
for r in range(80):
    try:
        for q in map(lambda x: 100 // (x - r % 7), range(7)):
            total += q
    except ZeroDivisionError:
        caught += 1
print(total, caught)
acc = []
for r in range(70):
    hits = list(filter(lambda v: v % (r % 5 + 2) == 0, range(12)))
    acc.append(sum(map(lambda v: v * v, hits)))
print(acc[:10], sum(acc))
evens = 0
for r in range(200):
    evens += len([x for x in filter(lambda x: x % 2 == 0, range(r % 13))])
print(evens)
nested = 0
for r in range(50):
    for a in map(lambda t: t[0] - t[1], zip(range(r % 9), filter(lambda y: y & 1, range(40)))):
        nested += a
print(nested)


def bad(x):
    return x.bar


for v in map(bad, [1]):
    pass
