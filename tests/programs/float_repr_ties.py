# Shortest reprs that tie between two candidates print the one nearer the
# exact value, an even last digit on an exact tie (David Gay's dtoa).
print(2.0 ** -25)
print(154446623768692.125)
print(2.0 ** -24, 2.0 ** -26, 2.0 ** -30, 2.0 ** -40)
print(3 * 2.0 ** -27, 5 * 2.0 ** -31, 7 * 2.0 ** -33)
print(1.5 * 2.0 ** 52, 2.0 ** 60, 2.0 ** 70)
xs = [2.0 ** -k for k in range(20, 60)]
print(xs)
print(repr(0.1 + 0.2), str(1 / 3), 5e-324, 1.7976931348623157e308)
for k in range(1, 60):
    x = (2 ** k + 1) / 2.0 ** (k + 10)
    print(x)
