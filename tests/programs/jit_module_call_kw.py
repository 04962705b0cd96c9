# Functions and classes of a module called with keyword arguments
# (`CALL_METHOD_KW` on a module) inside hot loops.
import re
import math
import json
import fractions
import collections

words = ["alpha beta", "gamma  delta", "epsilon", "zeta eta theta"]
out = []
for i in range(400):
    w = words[i % 4]
    out.append(re.sub(r"\s+", "_", w, count=1))
print(out[:4], len(out))

close = 0
for i in range(1, 500):
    a = i / 7.0
    if math.isclose(a * 7.0, float(i), rel_tol=1e-12):
        close += 1
print(close)

total = fractions.Fraction(0)
for i in range(1, 120):
    total += fractions.Fraction(numerator=1, denominator=i * (i + 1))
print(total)

enc = []
for i in range(200):
    enc.append(json.dumps({"b": i, "a": [i, i * 2]}, sort_keys=True))
print(enc[7], len(set(enc)))

Point = collections.namedtuple("Point", "x y")
pts = []
for i in range(300):
    pts.append(Point(x=i, y=i * i % 17))
print(pts[5], sum(p.y for p in pts))

# The keyword changes what the call does half way through.
parts = []
for i in range(300):
    parts.append(len(re.split(r",", "a,b,c,d,e", maxsplit=i % 5)))
print(parts[:6], sum(parts))
