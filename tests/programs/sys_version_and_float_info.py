# sys.version_info (CPython 3.11.7's, the reference), sys.float_info and sys.byteorder.
import sys
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.byteorder)
if sys.version_info < (3, 10):
    print("old")
major, minor, *_ = sys.version_info
print(major, minor, type(sys.version_info).__name__, len(sys.float_info))
