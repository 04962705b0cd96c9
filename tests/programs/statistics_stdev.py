import statistics

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.stdev(data), statistics.pstdev(data))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pstdev([1, 2, 3, 4, 5]), statistics.stdev([0.1] * 7))
print(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875), statistics.stdev(data, 1.0))
print(statistics.stdev([10 ** 30, 10 ** 30 + 10 ** 15]), statistics.pstdev([1e-200, 3e-200]))
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
for f, arg in [(statistics.stdev, [1]), (statistics.pstdev, [])]:
    try:
        f(arg)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.stdev([1, float("inf")])
except AttributeError as e:
    print("AttributeError:", e)
sds = []
for n in range(2, 100):
    sds.append(statistics.stdev(range(n)))
print(sds[:4], sds[-1], sum(sds))
