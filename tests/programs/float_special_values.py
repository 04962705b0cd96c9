import math
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, -nan, abs(-inf), abs(nan))
print(inf == inf, inf > 1e308, -inf < -1e308, inf == math.inf, nan == math.nan)
print(math.isnan(nan), math.isnan(inf), math.isinf(-inf), math.isinf(nan), math.isfinite(1e308), math.isfinite(nan))
print(float("Infinity"), float("-infinity"), float("NaN"), float("  inf  "), float("+inf"))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2)
print(max(1.0, inf), min(-inf, 0), sorted([inf, 1.0, -inf, 0.0]))
print(inf > 9223372036854775807, -inf < -9223372036854775807, 10 ** 18 < inf)
print(str(inf), repr(-inf), "%f" % inf, "%e" % -inf, "%g" % nan, f"{inf:10.2f}|", f"{nan:>5}|")
print(round(inf, 2), round(nan, 1), inf // 1, 5 % inf, -5 % inf)
print(math.fmod(5, inf), math.copysign(inf, -1), math.hypot(inf, nan), math.floor(2.5))
x = inf
n = 0
while x > 1:
    x = x / 2
    n += 1
    if n > 10:
        break
print(x, n)
