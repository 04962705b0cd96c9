import math
nan = float("nan")
other = float("nan")
print(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan >= nan, nan == other)
print(nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], [1, nan] == [1, nan], nan in (0, nan))
print([nan].count(nan), [nan, other].index(nan), {"a": nan} == {"a": nan})
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), max([1, nan, 3]), max([nan, 1, 3]))
print(nan == 0 or nan != 0, not (nan < 1) and not (nan >= 1), 1 < nan < 2, 1 < 2 < nan)
print(math.isnan(nan + 1), math.isnan(nan * 0), nan + 1 == nan, math.isnan(float("inf") - float("inf")))
x = nan
if x == x:
    print("equal")
else:
    print("not equal to itself")
if x > 0 or x <= 0:
    print("ordered")
else:
    print("unordered")
count = 0
for v in [1.0, nan, 2.0, nan, 3.0]:
    if v != v:
        count += 1
print(count, str(nan), repr(-nan), f"{nan:.2f}", "%5.1f|" % nan, round(nan, 2))
d = {nan: 1}
print(d[nan], nan in d, len(d), d)
