import statistics

print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(statistics.quantiles([1.5, 2, 9], n=10))
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103,
          129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101,
          106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in statistics.quantiles(scores, n=10)])
print(statistics.quantiles(scores, n=4, method="inclusive"))
print(statistics.quantiles([1, 2, 3, 4], method="inclusive"), statistics.quantiles([1, 2], n=1))
print(statistics.quantiles(range(100), n=3))
for kw in [{"n": 0}, {"n": -2}]:
    try:
        statistics.quantiles([1, 2], **kw)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.quantiles([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.quantiles([1, 2], method="middle")
except ValueError as e:
    print("ValueError:", e)
try:
    statistics.quantiles([1, 2], 4)
except TypeError as e:
    print("TypeError:", e)
