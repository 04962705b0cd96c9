# sum, min, max, sorted, abs, hex/oct/bin, bool, divmod with big ints.
xs = [3 ** 50, -(2 ** 70), 7, 2 ** 64, -5, 10 ** 20]
print(sum(xs), min(xs), max(xs), sorted(xs), sorted(xs, reverse=True))
print(sum([2 ** 62] * 4), sum([2 ** 62, 2 ** 62], 2 ** 62), sum(range(10 ** 18, 10 ** 18 + 20)))
print(max(xs, key=abs), min(xs, key=lambda v: -v), sorted(xs, key=lambda v: v % 1000))
print(hex(2 ** 70), hex(-(2 ** 70)), oct(2 ** 70), bin(2 ** 65), bin(-(2 ** 64)))
print(bool(2 ** 70), not 2 ** 70, bool(-(2 ** 70)), 2 ** 70 and "yes", 0 or 2 ** 70)
print(abs(-(3 ** 50)), [abs(-(2 ** 64)), abs(2 ** 64)])
print(xs.index(2 ** 64), xs.count(7), 2 ** 64 in xs, 2 ** 65 in xs)
print(type(2 ** 70), type(2 ** 70) is int, isinstance(2 ** 70, int), isinstance(-(2 ** 70), (float, int)))
print(int.__name__, str(type(10 ** 30)))
