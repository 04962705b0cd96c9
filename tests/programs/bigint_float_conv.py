# float() of big ints and int() of big floats.
print(float(2 ** 70), float(-(2 ** 100)), float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(10 ** 30))
for v in [2 ** 1024, -(2 ** 1024), 10 ** 400]:
    try:
        float(v)
    except OverflowError as e:
        print(e)
print(int(1e300), int(-1e19), int(9.3e18), int(2.0 ** 100), int(-2.5e40))
print(1.5 + 2 ** 70, 2 ** 70 - 0.5, 2 ** 70 * 1.5, 2 ** 70 // 1.5, 2 ** 70 % 1.5, 0.5 * -(2 ** 80))
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(e)
try:
    2 ** 2000 // 1.5
except OverflowError as e:
    print(e)
import math
print(math.floor(2 ** 70), math.ceil(-(2 ** 70)), math.trunc(2 ** 80), math.floor(1e30), math.ceil(-1.5e25))
print(math.sqrt(2 ** 70), math.isinf(2 ** 70), math.isfinite(10 ** 300))
