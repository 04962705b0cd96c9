# Functions that return tuples, unpacked by the caller in a hot loop: the
# tuples never need to exist in compiled code.
import math


def polar(x, y):
    return math.hypot(x, y), math.atan2(y, x)


def divmod_sign(a, b):
    q, r = divmod(a, b)
    if r < 0:
        return q, r, -1
    return q, r, 1


def pick(pair, i):
    return pair[i]


def main():
    t = 0.0
    signs = 0
    for i in range(1, 800):
        r, th = polar(i * 0.5, 1.0 - i * 0.01)
        q, rem, s = divmod_sign(i * 7 - 2000, 13)
        t += r + th + q * 0.001 + pick((rem, s), 0)
        signs += s
    return t, signs


total, signs = main()
print(round(total, 6), signs)
