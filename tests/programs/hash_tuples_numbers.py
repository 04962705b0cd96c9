# hash() of tuples of numbers (CPython's xxHash-based tuple hash), with
# equal tuples of different numeric kinds hashing alike.
print(hash(()), hash((0,)), hash((1,)), hash((-1,)), hash((1, 2)), hash((2, 1)), hash((1, 2, 3)))
print(hash((0.5,)), hash((1.5, -2.25)), hash((True, False)), hash((float("inf"), 0.0)), hash((-0.0,)))
print(hash(((1, 2), (3, 4))), hash((((),),)), hash((1, (2, (3, (4,))))), hash((9223372036854775807, -1)))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)), hash((0,)) == hash((False,)) == hash((-0.0,)))
total = 0
for i in range(300):
    total ^= hash((i, i * 0.5, i % 2 == 0))
print(total)
acc = 0
for a in range(20):
    for b in range(20):
        acc += hash((a, (b, a - b))) % 1000
print(acc)
