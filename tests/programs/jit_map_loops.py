# `for x in map(f, xs)` with a built-in f, compiled: each step made once;
# an item the trace cannot go on with (another type, the end, an error, a
# conversion that needs the script) goes to the interpreter, which takes
# the same item, not the next.
lines = ["%d %d %d" % (i, i * 7 % 13, -i) for i in range(300)]
total = 0
for line in lines:
    for v in map(int, line.split()):
        total += v
print(total)

words = ["alpha", "be", "", "gamma", "delta"] * 40
n = 0
for k in map(len, words):
    n += k * k
print(n)

# Items change type mid-loop: float() of ints, then of strs.
acc = 0.0
for f in map(float, list(range(100)) + ["1.5", "2.5e1", "inf"]):
    acc += f if f < 1e300 else 0.0
print(acc)

# int() of a bad str raises in the middle.
got = []
try:
    for v in map(int, ["1", "2", "3"] * 30 + ["x", "4"]):
        got.append(v)
except ValueError as e:
    print(len(got), e)


# A conversion that needs the script (an instance's __int__ and __str__).
class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v * 10

    def __str__(self):
        return "N%d" % self.v


items = list(range(80)) + [Num(3), 5, Num(4)] + list(range(20))
s = 0
for v in map(int, items):
    s += v
print(s)
print([x for x in map(str, [1, Num(2), 3.5, "z", Num(5)])])

# Maps of other functions and of generators are left to the interpreter,
# with the same results.
print(sum(v for v in map(lambda x: x * 2, range(100))))
print(list(map(abs, (x - 50 for x in range(100))))[:5])
t = 0
for rep in range(50):
    for v in map(abs, range(-rep, rep)):
        t += v
print(t)
