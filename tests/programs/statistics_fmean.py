import statistics

print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([1, 2, 3, 4]), statistics.fmean(range(10)))
print(statistics.fmean([0.1] * 10), statistics.fmean(iter([1, 2])))
print(statistics.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), statistics.fmean([85, 92, 83, 91], [0.2, 0.2, 0.3, 0.3]))
for args, kw in [(([],), {}), (([1, 2], [1]), {}), (([1, 2], [1, -1]), {})]:
    try:
        statistics.fmean(*args, **kw)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.fmean(["a"])
except TypeError as e:
    print("TypeError:", e)
