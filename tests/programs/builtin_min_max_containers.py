# min/max over sets, frozensets, tuples and lists whose items are all ints,
# all floats or a mix (the last takes the general path), with NaN and ties.
nan = float('nan')
cases = [
    {5, 3, 9, -2}, frozenset(range(40, 0, -3)), (4, 8, 1), [7.5, -1.25, 3.0],
    (2, 2.0, 1.5), {1.5, 2, 3}, [nan, 1.0, 2.0], [1.0, nan, 0.5], (True, 2, -1),
    {10**20, 5}, [3, 3.0], (3.0, 3), {-0.0, 0.0}, [0.0, -0.0],
]
for c in cases:
    print(min(c), max(c))
print(min(set(range(1000))), max(frozenset(x * 7 % 1000 for x in range(1000))))
print(min({'b', 'a', 'c'}), max(('x', 'yy', 'z')), min([(2, 'b'), (1, 'z')]))
for bad in [set(), (), [], frozenset()]:
    try:
        min(bad)
    except ValueError as e:
        print('ValueError:', e)
print(min(set(), default='none'), max((), default=0))
try:
    max({1, 'a'})
except TypeError as e:
    print('TypeError:', e)
s = {4, 1, 7}
f = frozenset({8, 2})
d = s - {1}
print(sorted(d), sorted(f - {2}), f - set() == f, type(f - {8}).__name__, sorted(s.copy()), type(f.copy()).__name__)
print(sorted(set(range(100)) - set(range(0, 100, 2)))[:5], len(frozenset(range(50)) - frozenset([3, 7])))
t = 0
for i in range(2000):
    free = frozenset(range(i % 13, 30))
    t += min(free) + max(free - {29})
print(t)
