# Module functions and constants read in hot loops (math.x through the module).
import math
import time

total = 0.0
floors = 0
for i in range(1, 400):
    x = i * 0.25
    total += math.sqrt(x) + math.sin(x) * math.pi
    floors += math.floor(x) + math.trunc(-x)
    total += math.hypot(x, 1.0) - math.fabs(-x)
print(round(total, 6), floors)

# The module is a global: rebinding the name leaves the loop.
m = math
acc = 0.0
for i in range(300):
    if i == 200:
        m = time
    if m is math:
        acc += m.cos(i * 0.01)
print(round(acc, 9))
