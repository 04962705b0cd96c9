import statistics

print(statistics.mean([1, 2, 3, 4, 4]), statistics.mean([1, 2, 3]), statistics.mean([-1, 1]))
print(statistics.mean([0.1, 0.2, 0.3]), statistics.mean([1, 2.5]), statistics.mean([True, False, True]))
print(statistics.mean([1e300, 1e300]), statistics.mean([1e50, 1, -1e50] * 10), statistics.mean(range(1, 101)))
print(statistics.mean([10 ** 30, 1]), statistics.mean([2 ** 64, 2 ** 64 + 2]), statistics.mean([5e-324, 5e-324, 0.0]))
print(statistics.mean(x / 7 for x in range(50)))
print(statistics.mean([1, float("inf")]), statistics.mean([float("nan"), 1.0]))
print(statistics.mean([float("inf"), float("-inf")]))
means = []
for n in range(1, 80):
    means.append(statistics.mean([i * 0.1 for i in range(n)]))
print(means[-5:])
print(sum(means))
