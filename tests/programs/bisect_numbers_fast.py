# bisect over lists of numbers, the way a random-sampling loop uses it:
# floats, ints and floats mixed, bools, NaN, big ints, a list subclass.
import bisect

probs = []
acc = 0.0
for p in [0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02]:
    acc += p
    probs.append(acc)
chars = "acgtBDHKMNRSVWY"
seed = 42.0
out = []
for k in range(3000):
    seed = (seed * 3877.0 + 29573.0) % 139968.0
    out.append(chars[bisect.bisect(probs, seed / 139968.0)])
print("".join(out[:60]), out.count("a"), out.count("Y"))

mixed = [0, 0.5, 1, 1.5, 2, 2.5, 3, True, 10 ** 20]
mixed.sort()
print(mixed)
for x in [-1, 0, 0.0, 0.25, 1, True, False, 1.0, 2.75, 3, 10 ** 19, 10 ** 20, 10 ** 21, float("inf"), -0.0]:
    print(x, bisect.bisect_left(mixed, x), bisect.bisect_right(mixed, x), bisect.bisect(mixed, x))
nan = float("nan")
print(bisect.bisect_left([1.0, 2.0, 3.0], nan), bisect.bisect_right([1.0, 2.0, 3.0], nan))
print(bisect.bisect_left([1.0, nan, 3.0], 2.0), bisect.bisect_right([nan, nan], 0))
print(bisect.bisect([1, 2, 3], 2.0), bisect.bisect_left([1, 2, 3], 2.0))
print(bisect.bisect(["a", "c"], "b"), bisect.bisect([(1, 2), (3, 4)], (3, 0)))

class Scores(list):
    pass

s = Scores([10, 20, 30])
print(bisect.bisect(s, 25), bisect.bisect_left(s, 20))

# The list changes between calls; negative ends of a tuple a native reads.
xs = []
total = 0
for k in range(2000):
    v = (k * 7919) % 1000
    i = bisect.bisect(xs, v)
    xs.insert(i, v)
    total += i
print(total, xs[:5], xs[-3:], xs == sorted(xs))
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)
try:
    bisect.bisect([1, 2], None)
except TypeError as e:
    print("TypeError", e)
