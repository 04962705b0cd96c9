# Zero padding with grouping under '=' alignment and a '0' fill, and search
# bounds past the 64-bit range (clipped to the end they lie beyond).
for spec in ["=+020,d", "0=20,d", "0>20,d", "*=020,d", "020,d", "=020_d", "0=+15,.2f", "=015,.1f", "0<15,d", "^020,d", "=20,d", "0=#14_x", "=#014_b"]:
    for v in (123, -1234567):
        try:
            print(spec, repr(format(v, spec)), repr(format(float(v), spec.replace("_x", "_").replace("_b", "_").replace("d", "f"))))
        except ValueError as e:
            print(spec, "ValueError", e)
print(format(123, "=+020,d"))
print(format(-1234567, "020,d"))
print(format(1234.5, "015,.2f"))
print(format(123, "020_d"), format(255, "012_x"))
print([1, 2, 3].index(3, 0, 10**30), [1, 2, 3].index(2, -10**30))
print((1, 2, 3).index(3, 0, 10**30), "abc".find("c", 0, 10**30), "abc".count("a", -10**30, 10**30))
from collections import deque
print(deque([1, 2, 3]).index(3, 0, 10**30))
print("abcabc".find("c", -10**30, 10**30), "abcabc".rfind("a", 10**30), b"abc".find(b"c", 0, 10**40), b"abc".startswith(b"a", -10**30))
print([1, 2, 3].index(1, -10**30, -10**30) if False else "skip")
try:
    [1, 2, 3].index(3, 0, -10**30)
except ValueError as e:
    print(e)
try:
    [1, 2].index(1, 1.5)
except TypeError as e:
    print(e)
