# zip(strict=True): equal lengths zip as usual; the first iterator out of
# step is named, shorter or longer, with the items taken until then lost.
def gen(n):
    for k in range(n):
        yield k

print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip("abc", strict=True)), list(zip(gen(3), "xyz", range(3), strict=True)))
cases = [
    ("abc", "ab"), ("ab", "abc"), ("abc", "abc", "ab"), ("abc", "abc", "abcd"),
    ("", "a"), ("a", ""), ("ab", "ab", "ab", "a"), ("a", "ab", "a"),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# What the failing step took from the iterators before it is lost.
a, b = iter([1, 2, 3]), iter([10, 20])
try:
    for pair in zip(a, b, strict=True):
        print(pair)
except ValueError as e:
    print("ValueError:", e, list(a), list(b))

z = zip([1, 2], [3], strict=True)
print(type(z).__name__, next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)

print(list(zip([1], [2], strict=0)), list(zip([1, 2], [2], strict=False)))
for bad in [lambda: zip([1], strict=True, x=1), lambda: zip([1], x=1), lambda: zip(1, strict=True)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# In a hot loop, the JIT compiling it.
total = 0
for r in range(400):
    for i, (x, y) in enumerate(zip(range(r % 7), gen(r % 7), strict=True)):
        total += i + x * y
    try:
        for x, y in zip(range(3), range(r % 5), strict=True):
            total += x - y
    except ValueError as e:
        total += len(str(e))
print(total)
