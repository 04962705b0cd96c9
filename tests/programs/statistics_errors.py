import statistics

print(statistics.StatisticsError, issubclass(statistics.StatisticsError, ValueError))
calls = [("mean", []), ("variance", [1]), ("pvariance", []), ("stdev", [1]), ("pstdev", []), ("fmean", [])]
for name, arg in calls:
    try:
        getattr(statistics, name)(arg)
    except ValueError as e:
        print(name, "->", e, isinstance(e, statistics.StatisticsError))
for name in ["mean", "variance", "pstdev"]:
    try:
        getattr(statistics, name)([1, "x"])
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    raise statistics.StatisticsError("raised by the script")
except statistics.StatisticsError as e:
    print("caught:", e)
