# min, max and sorted over lists of ints and of floats (read from the
# list's typed storage), with the cases where order and identity show:
# NaN, -0.0 against 0.0, equal values, one item, huge ints.
nan = float("nan")
print(min([3, 1, 2]), max([3, 1, 2]), min([7]), max([-7]))
print(min([2.5, -1.0, 3.25]), max([2.5, -1.0, 3.25]))
print(min([0.0, -0.0]), min([-0.0, 0.0]), max([0.0, -0.0]), max([-0.0, 0.0]))
print(min([nan, 1.0, 2.0]), max([nan, 1.0, 2.0]))
print(min([1.0, nan, 2.0]), max([1.0, nan, 0.5]))
print(min([9223372036854775807, -9223372036854775808]), max([1, 9223372036854775807]))
print(min((4, 2, 8)), max((4.5, 2.0)))
print(min([1, 2.0]), max([2, 2.0]), max([2.0, 2]))
print(sorted([3, 1, 2, 1, -5]), sorted([2.5, -0.0, 0.0, -1.5, 0.0]))
print(sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(sorted([5, 3, 9], reverse=True), sorted([1.5, 0.5, 1.0], reverse=True))
print(sorted([3, 1.5, 2]), sorted([True, 0, 2]))
try_list = [1.0, nan, 0.5, 2.0]
print(sorted(try_list)[1:3] == sorted(try_list)[1:3], len(sorted(try_list)))
xs = []
for i in range(200):
    xs.append((i * 7919) % 211 - 100)
print(min(xs), max(xs), sorted(xs)[:5], sorted(xs)[-3:])
fs = [x * 0.5 for x in xs]
print(min(fs), max(fs), sorted(fs)[:3], sorted(fs, reverse=True)[:3])
total = 0.0
for i in range(300):
    window = fs[i % 150:i % 150 + 20]
    total += max(window) - min(window) + sorted(window)[10]
print(total)
# Two or more arguments.
print(max(3, 7), min(3, 7), max(-1, -1), min(5, 2, 8, 2), max(1, 9, 9, 3))
print(max(nan, 1.0), max(1.0, nan), min(nan, 2.0), min(2.0, nan, 1.0))
print(min(-0.0, 0.0), min(0.0, -0.0), max(-0.0, 0.0), max(0.0, -0.0))
print(max(2, 2.0), max(2.0, 2), min(1, 1.0, True), max(True, 1))
h = 0
for i in range(200):
    h = max(h, i % 17) + min(i % 5, 3) - max(i % 7, 2, 4)
print(h)
# sum over int and float lists.
print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1.5, 2.25]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([0.1] * 10), sum([1e308, 1e308]), sum([1.0, nan]), sum([2, 3], 10), sum([0.5, 0.25], 1))
print(sum([9223372036854775800, 7]), sum([1, 2.5, 3]), sum((1, 2)), sum([True, True]))
rows = [[(i * j) % 7 * 0.5 for j in range(30)] for i in range(30)]
print(sum([sum(r) for r in rows]), sum([len(r) for r in rows]))
