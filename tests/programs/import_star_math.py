from math import *
from time import *

print(pi, sqrt(16), floor(2.5), e > 2)
start = perf_counter()
print(perf_counter() >= start)
