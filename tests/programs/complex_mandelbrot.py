# A Mandelbrot set drawn with complex arithmetic in hot loops.
def escape_time(c, limit):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return n
    return limit

rows = []
for y in range(-10, 11):
    row = ""
    for x in range(-30, 11):
        c = complex(x / 15, y / 10)
        n = escape_time(c, 40)
        row += " .:-=+*#%@"[min(n, 40) * 9 // 40]
    rows.append(row)
print("\n".join(rows))

total = 0
z = 0.25 + 0.5j
for i in range(1000):
    z = z * z * 0.5 + 0.1j
    total += escape_time(complex(i / 1000 - 1.5, 0.1), 30)
print(total, z)

# Roots of unity and their sum, a classic cancellation.
import math
n = 12
roots = [complex(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
s = 0j
for r in roots:
    s += r
print(abs(s) < 1e-12, roots[3], sum(r.real for r in roots) < 1e-12)
