# isdisjoint, issubset and the set orderings probe one set with the keys
# (and stored hashes) of another: equal keys of different types, nested
# frozensets, the larger set walked or probed, and the argument errors.
a = {1, 2.5, "x", (1, 2), frozenset({3, 4})}
b = frozenset({1.0, "y", (1, 2)})
c = {True, 3.0, frozenset({4, 3})}
print(a.isdisjoint(b), b.isdisjoint(a), a.isdisjoint(c), c.isdisjoint({2, "z"}))
print({2}.isdisjoint(a), a.isdisjoint(set()), set().isdisjoint(set()))
print({1.0, "x"}.issubset(a), {True, (1, 2)} <= a, frozenset({frozenset({4, 3})}) < a)
print(a.issuperset({1}), a >= {1, 2}, a > a, a <= a)
big = set(range(1000))
small = frozenset([-1, 999])
print(big.isdisjoint(small), small.isdisjoint(big), big.isdisjoint(range(1000, 2000)))
print(small.issubset(big), small - big == {-1}, big & small)

# Many calls, as a hot loop makes them.
pieces = [frozenset(range(i, i + 5)) for i in range(0, 60, 3)]
pairs = [(i, j) for i, p in enumerate(pieces) for j, q in enumerate(pieces) if p.isdisjoint(q)]
print(len(pairs), pairs[:6])
print(sum(1 for p in pieces for q in pieces if p <= q), sum(p.issubset(q) for p in pieces for q in pieces))


def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


show(lambda: a.isdisjoint())
show(lambda: b.isdisjoint(a, a))
show(lambda: b.issubset(other=a))
show(lambda: a.isdisjoint([[1]]))
show(lambda: a.issuperset(5))
