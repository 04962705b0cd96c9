import statistics

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.variance([1, 2, 3, 4]), statistics.variance([1, 2, 3]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.variance(data, statistics.mean(data)), statistics.pvariance(data, 1.5))
print(statistics.pvariance([10 ** 20, 10 ** 20 + 1]), statistics.variance([1e-300, 2e-300, 5e-300]))
print(statistics.variance([0.1, 0.2, 0.3, 0.4]), statistics.pvariance([1, 2.5, 4]))
print(statistics.variance([1, float("inf"), 3]), statistics.pvariance([float("nan"), 1]))
print(statistics.variance(range(100)), statistics.variance(x * 0.01 for x in range(100)))
print(statistics.variance([3, 3, 3]), statistics.pvariance([True, False]))
for f, arg in [(statistics.variance, [1]), (statistics.pvariance, [])]:
    try:
        f(arg)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.variance(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
acc = 0.0
for n in range(2, 60):
    acc += statistics.variance([i * 1.1 for i in range(n)])
print(acc)
