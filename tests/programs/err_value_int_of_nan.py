import math
x = math.inf - math.inf
print(x, math.isnan(x))
print(int(x))
