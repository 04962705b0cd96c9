# %-formatting's spliced path (plain %s and %d fields, by position or by key
# from a dict) gives what the full formatter gives, and leaves the rest to it.
from collections import defaultdict, OrderedDict, Counter
d = {"a": 1, "b": "x", "(c": 3, 5: "five"}
cases = [
    ("%s-%d", ("a", 5)), ("%(a)s/%(b)s", d), ("%(a)d%%", d), ("%s", {"k": 1}), ("abc", {}),
    ("%(a)s", defaultdict(int)), ("%(zz)s", defaultdict(lambda: "dflt")), ("%(a)s", OrderedDict(a=2)),
    ("%(a)s", Counter("aab")), ("%s %s", (True, None)), ("%d", (True,)), ("%s", -0), ("%d", -7),
    ("%(a)s", (1,)), ("%s", ()), ("abc", 5), ("%", ("x",)), ("%(a", d), ("%((c)s", d), ("%s %s", ("a",)),
    ("%d", "x"), ("%s", 2**70), ("%d", 2**70), ("100%% %s", "done"), ("%(b)s%(a)05d", d), ("%s", [1]),
    ("", ()), ("x", ()), ("%s|%s", ("é", "€")), ("%(b)r", d),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

total = 0
for i in range(3000):
    total += len("%(b)s:%(a)d:%s" % {"a": i, "b": "v"} if False else "%(b)s:%(a)d" % {"a": i, "b": "v"}) + len("%s-%d" % ("k", i))
print(total)

import math
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e300, -1e-300, 123456789.987654321, 2.675, 1.005, 0.045, 5e-324, 1.7976931348623157e308, math.pi, -math.e, float("inf"), float("nan")]
for v in vals:
    for p in range(0, 10):
        print(("%." + str(p) + "f") % v, ("%." + str(p) + "f|%s") % (v, "x"))
print("%.2f%%" % 99.555, "%(x).3f" % {"x": 1.0005}, "%.1f" % True, "%.2f" % 3)
