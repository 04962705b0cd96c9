# Which NaN `a + b` and `a * b` give when both operands are NaNs of
# different signs is CPython's generic one (its C compiler's operand
# order; IEEE leaves it open), shown by math.copysign. Subtraction and
# division keep the first.
from math import copysign, inf

p = float('nan')
n = -p


def sign(x):
    return int(copysign(1, x))


print("mul", sign(n * p), sign(p * n), "add", sign(n + p), sign(p + n))
print("sub", sign(n - p), sign(p - n), "div", sign(n / p), sign(p / n))
print("one NaN", sign(n * 2.0), sign(2.0 * n), sign(n + 1), sign(1 + n), sign(p * -3.0))
print("new NaN", sign(inf - inf), sign(inf * 0.0), sign(-(inf - inf)), sign(0.0 * -inf))
print("sum", sign(sum([n, p])), sign(sum([p, n])), sign(sum([1.5, n, p], 0.5)))


# In loops, only one operand a NaN: CPython gives that NaN whichever way
# its specialized instructions order the operands (two NaNs it does not
# give consistently: see tests/robustness.rs for those, JIT against
# interpreter).
def loop(xs, ys):
    out = []
    for a, b in zip(xs, ys):
        t = a * b
        u = b + a
        w = -(a - inf) * b
        out.append((sign(t), sign(u), sign(w), sign(a - b), sign(b / a)))
    return out


xs = [p, n, 2.5, -1.0, n, p] * 12
ys = [3.0, -4.0, n, p, 0.5, -0.25] * 12
rows = loop(xs, ys)
for row in rows[:6]:
    print(row)
print(len(set(rows)), rows == loop(xs, ys))
