# sort and sorted on int, float, bool and mixed numeric lists: reverse,
# key, stability among equal values of different types, -0.0 and 0.0.
def lcg_list(n, seed, scale):
    xs = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed % 1000 * scale)
    return xs


ints = lcg_list(300, 1, 1)
floats = lcg_list(300, 2, 0.5)
a = sorted(ints)
b = sorted(floats, reverse=True)
print(a[:8], a[-3:], b[:5], b[-3:])
print(a == sorted(a), sorted(ints, key=lambda v: -v)[:5])
ints.sort(key=lambda v: v % 10)
print(ints[:12])

mixed = [3, 1.5, True, 0, False, 2.0, -1, 0.0, -0.0, 1, 1.0, 2]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
zeros = [0.0, -0.0, 0, False, -0.0, 0.0]
print(sorted(zeros), sorted(zeros, reverse=True))
ones = [1.0, True, 1, 1.0, True]
ones.sort()
print(ones, sorted(ones, reverse=True))

bools = [i % 3 == 0 for i in range(20)]
bools.sort()
print(bools)
big = [2 ** 62, -(2 ** 62), 2.0 ** 62, 9007199254740993, 9007199254740992.0, 9007199254740992]
print(sorted(big))
print(sorted(big, reverse=True))

long_mix = [x if x % 2 else x + 0.5 for x in lcg_list(200, 3, 1)]
s = sorted(long_mix)
ok = True
for i in range(1, len(s)):
    if s[i - 1] > s[i]:
        ok = False
print(ok, s[:6], s[-6:])
