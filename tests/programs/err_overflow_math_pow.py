import math
def grow(base, n):
    return math.pow(base, n)
print(grow(10, 300))
print(grow(2, 1023))
print(grow(10, 400))
