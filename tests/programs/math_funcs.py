import math
xs = [0.0, 0.5, 1.0, -1.0, 2.0, 10.0, -3.5, 0.001]
for x in xs:
    print(x, round(math.sin(x), 10), round(math.cos(x), 10), round(math.tan(x), 10), round(math.atan(x), 10), round(math.exp(x), 10))
for x in [0.5, 1.0, 2.0, 10.0, 100.0, 1e-5, 1024.0]:
    print(x, round(math.log(x), 10), round(math.log2(x), 10), round(math.log10(x), 10), round(math.log(x, 3), 10), math.sqrt(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, round(math.asin(x), 10), round(math.acos(x), 10))
print(round(math.atan2(1, 1), 10), round(math.atan2(-1, -1), 10), math.atan2(0.0, -1.0) == math.pi, math.atan2(0, 1), round(math.atan2(1, 0), 10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(2.5, 2), math.pow(-2, 3), math.pow(4, 0.5), math.pow(1, 1e300), math.pow(0, 0))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.ceil(2.1), math.ceil(-2.1), math.ceil(7), math.trunc(2.7), math.trunc(-2.7))
print(type(math.floor(2.5)), type(math.ceil(2.5)), type(math.trunc(2.5)), type(math.fabs(-2)), type(math.sqrt(4)))
print(math.fabs(-2), math.fabs(3.5), math.hypot(3, 4), math.hypot(5, 12), math.hypot(1e200, 1e200), math.hypot(0, 0))
print(math.copysign(2, -1), math.copysign(-2, 1), math.copysign(1, -0.0), math.copysign(0.0, -1), math.copysign(5, -3.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), math.fmod(0.0, 1), math.fmod(-0.0, 1), -7 % 3)
print(math.isnan(math.nan), math.isinf(math.inf), math.isinf(-math.inf), math.isfinite(math.pi), math.isfinite(-math.inf), math.isnan(1))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.tau == 2 * math.pi, math.pi / 2)
print(round(math.sin(math.pi), 10), round(math.cos(math.pi), 10), round(math.exp(1), 12) == round(math.e, 12), math.log(math.e))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e15 + 0.5), math.ceil(9007199254740993.0), math.trunc(-1e18))
print(math.sqrt(0), math.sqrt(1), math.sqrt(0.25), math.sqrt(1e-310) > 0, math.log2(8), math.log10(0.001), math.exp(0))
