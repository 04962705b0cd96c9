import math
for x in [1.0, 0.5, -1.0, 1.0000001]:
    print(x, round(math.acos(x), 10))
