# CPython 3.11's limit on decimal conversion of long ints.
import sys
print(sys.get_int_max_str_digits())
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    int("1_0" * 2200)
except ValueError as e:
    print(e)
try:
    print(f"{10 ** 5000}")
except ValueError as e:
    print("f-string:", e)
try:
    print("%d" % 10 ** 5000)
except ValueError as e:
    print("percent:", e)
try:
    print(repr([10 ** 5000]))
except ValueError as e:
    print("repr:", e)
print(len(hex(10 ** 5000)), len(bin(10 ** 5000)), len(oct(10 ** 5000)), len(format(10 ** 5000, "x")))
print(int("f" * 5000, 16) == 16 ** 5000 - 1, int("1" * 5000, 2) == 2 ** 5000 - 1)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4500)))
try:
    int("1" * 5001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), len(str(int("7" * 20000))))
for bad in [1, 640, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(641)
try:
    int("1" * 700)
except ValueError as e:
    print(e)
