import math
print(math.floor(2.5), math.ceil(-2.5))
big = 1e308 * 10
print(big)
print(math.floor(big))
