import time
from time import perf_counter
start = time.perf_counter()
wall = time.time()
acc = 0.0
for i in range(20000):
    acc += i * 0.5
end = perf_counter()
print(acc, type(start), type(wall), end >= start, (end - start) < 5.0, wall > 1600000000.0)
t1 = time.time()
t2 = time.time()
print(t2 >= t1, round(t2 - t1) == 0)
