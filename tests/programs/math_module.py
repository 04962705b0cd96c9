import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(round(math.sin(1), 10), round(math.cos(1), 10), round(math.tan(1), 10), round(math.atan2(1, 2), 10))
print(round(math.exp(2), 10), round(math.log(10), 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.pow(2, 10), math.hypot(3, 4), math.copysign(3, -0.0), math.fmod(-7, 3), math.fmod(7.5, 2))
print(round(math.asin(0.5), 10), round(math.acos(0.5), 10), round(math.atan(1), 10))
print(math.factorial(10), math.gcd(12, 18), type(math.floor(2.5)).__name__ if False else math.floor(2.5))
from math import sqrt as root, pi
print(root(81), pi)
