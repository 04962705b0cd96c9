# Unary operators and abs() at and past the 64-bit edges.
m = -9223372036854775807 - 1
print(-m, abs(m), +m, ~m, -(-m), abs(-m))
b = 2 ** 80
print(-b, +b, ~b, ~-b, abs(-b), abs(b), -(-b) == b)
print(type(-m), type(abs(m)), -(m + 1))
vals = [m, m + 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1]
print([-v for v in vals])
print([abs(v) for v in vals])
print([~v for v in vals])
