# `**` of floats in compiled loops: negative bases with integral powers
# (the variance's `(v - mean) ** 2`), odd powers that keep the sign,
# results that underflow to -0.0, and the cases the interpreter redoes
# (fractional powers of negative numbers give complex numbers, overflow
# and zero to a negative power raise).
import math

values = [((i * 37) % 101) / 10.0 - 5.0 for i in range(400)]
mean = sum(values) / len(values)
variance = sum((v - mean) ** 2 for v in values) / len(values)
print(f"{mean:.12f} {variance:.12f} {math.sqrt(variance):.12f}")

cubes = 0.0
signs = []
for i, v in enumerate(values):
    c = v ** 3
    cubes += c
    if i % 97 == 0:
        signs.append((v, c, v ** 2.0, (-v) ** 5, v ** -2 if v else None))
print(cubes, signs)

tiny = []
for k in range(60):
    x = -1e-120 * (k + 1)
    tiny.append(x ** 3)
print(tiny[:3], tiny[-1], [str(t) for t in tiny if t == 0.0][:2])

# Fractional powers of negative bases, overflow and zero bases, mixed into
# a loop that mostly takes the compiled path.
odd = []
for k in range(300):
    base = (k % 7) - 3.0
    try:
        r = base ** (0.5 if k % 50 == 49 else 2)
        if isinstance(r, complex):
            odd.append(("complex", k, round(r.real, 9), round(r.imag, 9)))
    except ZeroDivisionError as e:
        odd.append(("zero", k, str(e)))
    if k % 60 == 0:
        try:
            big = (-1e120 - k) ** 3
        except OverflowError as e:
            odd.append(("overflow", k, str(e)))
    if k % 70 == 0:
        try:
            odd.append(("zero-power", (k % 7 - 3.0) ** -1))
        except ZeroDivisionError as e:
            odd.append(("zero", k, str(e)))
print(odd)

total = 0.0
for k in range(1, 2000):
    x = (k % 11) - 5.5
    total += x ** 4 - x ** 3 + (-1.0) ** k + (k % 3 - 1) ** 2
print(total)
