import sys
import time
print(len(sys.argv), type(sys.argv).__name__ if False else 'argv')
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, time.time() > 1000000000)
if __name__ == "__main__":
    print("main", __name__)
import math as m
print(m.sqrt(4))
sys.exit(0)
print("not printed")
