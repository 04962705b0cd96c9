# Loops over itertools' own iterators (count, repeat, product,
# permutations, combinations): compiled code steps each once through a
# helper; an item of another type, the end or an error is left for the
# interpreter, which must not step again.
from fractions import Fraction
from itertools import combinations, combinations_with_replacement, count, permutations, product, repeat


def triplets(arr, target):
    hits = []
    for t in permutations(arr, 3):
        if sum(t) == target:
            hits.append(t)
    return len(hits), hits[:3]


print(triplets(list(range(9)), 12))


def grid(n):
    s = 0
    for a, b in product(range(n), repeat=2):
        if (a * b) % 7 == 3:
            s += a - b
    return s


print(grid(40), grid(0))


def mixed_product():
    out = []
    for x, y in product([1, 2.5, "s", None], [True, 3]):
        out.append((type(x).__name__, y))
    return out


print(mixed_product())


def counting(limit):
    s = 0
    for i in count(1):
        s += i & 5
        if i > limit:
            break
    return s


print(counting(5000))


def counting_into_big():
    seen = []
    for i in count(2**63 - 4):
        seen.append(i)
        if len(seen) == 8:
            break
    return seen[-3:], type(seen[-1]).__name__


print(counting_into_big())


def counting_floats():
    total = 0.0
    for x in count(0.5, 0.25):
        total += x
        if x > 40:
            break
    return total


print(counting_floats())


def counting_fractions():
    acc = []
    for q in count(Fraction(1, 3), Fraction(1, 6)):
        acc.append(q)
        if len(acc) == 12:
            break
    return acc[-2:]


print(counting_fractions())


def resumed():
    it = combinations(range(7), 2)
    first = []
    for c in it:
        first.append(c)
        if len(first) == 5:
            break
    rest = [c for c in it]
    return first[-1], next(iter([rest[0]])), len(rest), next(it, "spent")


print(resumed())


def shared(n):
    it = count(0, 3)
    a = b = 0
    for _ in range(n):
        for v in it:
            a += v
            break
        b += next(it)
    return a, b


print(shared(300))


def raising(n):
    caught = 0
    for k in repeat(7, n):
        try:
            if k == 7:
                raise ValueError(k)
        except ValueError:
            caught += 1
    return caught


print(raising(50))


def with_replacement():
    out = 0
    for c in combinations_with_replacement("abcd", 3):
        out += len("".join(c))
    return out


print(with_replacement())


def many_rounds():
    total = 0
    for r in range(60):
        for p in permutations(range(4), 2):
            total += p[0] * r - p[1]
    return total


print(many_rounds())


def first_n(it, n):
    # Compiled for counts of ints first; then given a count of Fractions,
    # whose step calls Fraction.__add__: compiled code may not run it, and
    # the interpreter steps instead, exactly once.
    out = []
    for v in it:
        out.append(v)
        if len(out) == n:
            break
    return out


for k in range(30):
    first_n(count(k), 20)
print(first_n(count(Fraction(1, 2), Fraction(1, 3)), 5))
print(first_n(count(5), 3), first_n(count(2.5, -1), 3))
