# time.sleep: waits, and rejects what CPython rejects, with its messages.
import time
t = time.perf_counter()
time.sleep(0.05)
time.sleep(0)
time.sleep(True is False)
print(time.perf_counter() - t >= 0.05)
for bad in [-1, "1", float("nan"), 10**30, 1e300, -1e300, 10**10, 1e10, -10**10, None, -0.5]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
