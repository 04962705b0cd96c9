# Generator functions and generator expressions that capture variables
# (closure cells), made inside compiled loops: tuple(pool[i] for i in ...),
# a generator whose own parameter a nested function captures, and a
# captured variable that changes between the generator's steps.


def permutations(pool, r):
    indices = list(range(len(pool)))
    out = []
    for k in range(r):
        out.append(tuple(pool[i] for i in indices[k:] + indices[:k]))
    return out


def scaled(xs, k):
    def mul(v):
        return v * k

    for x in xs:
        yield mul(x)


total = 0
seen = []
for n in range(120):
    perms = permutations("abcd"[: n % 4 + 1], 2)
    total += len(perms) + sum(len(p) for p in perms)
    total += sum(scaled([1, 2, 3], n % 5))
    if n % 40 == 3:
        seen.append(perms)
print(total, seen)

base = 10
g = (base + j for j in range(3))
first = next(g)
base = 100
print(first, list(g))

acc = []
for n in range(100):
    off = n % 3
    acc.append(max(off * j for j in range(4)))
print(sum(acc), acc[:6])
