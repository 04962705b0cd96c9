# range() with bounds beyond 64 bits.
r = range(10 ** 20)
print(r, repr(r), r[0], r[-1], r[10 ** 19], r[-(10 ** 20)], 10 ** 19 in r, 10 ** 20 in r, -1 in r, 5.0 in range(2 ** 64, 2 ** 64 + 10, -1))
big = range(2 ** 63 - 3, 2 ** 63 + 3)
print(big, len(big), list(big), list(reversed(big)), big[3], 2 ** 63 in big)
for i in big:
    print(i, type(i).__name__, end="; ")
print()
down = range(2 ** 64, 2 ** 64 - 10, -3)
print(down, len(down), list(down), list(reversed(down)))
stepped = range(0, 10 ** 30, 10 ** 29)
print(len(stepped), stepped[5], list(stepped)[-2:], 3 * 10 ** 29 in stepped, 3 * 10 ** 29 + 1 in stepped)
print(r[::-1], r[5:10], r[-5:], r[::10 ** 18], list(r[-3:]), r[10 ** 20 - 2:])
print(range(0, 10 ** 20, 3)[::-1], range(0, 10 ** 20, 3)[5:2 ** 70:7], range(5)[2 ** 70:], range(-2 ** 63, 2 ** 63 - 1)[::2 ** 62])
print(range(10 ** 20) == range(10 ** 20), range(10 ** 20) == range(0, 10 ** 20, 1), range(2 ** 64, 2 ** 64) == range(0), range(2 ** 64, 2 ** 64 + 1) == range(2 ** 64, 2 ** 64 + 1, 5))
print(hash(range(10 ** 20)) == hash(range(0, 10 ** 20)), hash(range(7)) == hash(range(0, 7, 1)), bool(range(2 ** 64, 0)), bool(r))
print(type(r).__name__, isinstance(r, range), range(-10 ** 20, -10 ** 20 + 3), range(1, 10 ** 20, 7))
it = iter(range(2 ** 63 - 1, 2 ** 63 + 1))
print(next(it), next(it), next(it, "done"))
total = 0
for v in range(10 ** 18 * 9, 10 ** 18 * 9 + 100):
    total += v - 10 ** 18 * 9
print(total, sum(range(2 ** 64, 2 ** 64 + 10)), max(range(2 ** 65, 2 ** 65 + 5)), sorted(range(2 ** 70 + 3, 2 ** 70, -1)))
print(len(range(-2 ** 62, 2 ** 62 - 1)), len(range(10 ** 18)))
print(list(zip(range(2 ** 63, 2 ** 64), "abc")), list(enumerate(range(2 ** 66, 2 ** 66 + 2))))
