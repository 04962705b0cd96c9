import statistics

print(statistics.median([1, 3, 5]), statistics.median([1, 3, 5, 7]), statistics.median([2.5, 1]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_low([5]))
print(statistics.median(["b", "a", "c"]), statistics.median_high("hello"), statistics.median([10 ** 20, 1]))
print(statistics.median(range(10)), statistics.median(x * 1.5 for x in [4, 1, 3]))
print(statistics.mode([1, 1, 2, 3, 3, 3]), statistics.mode("aabbbc"), statistics.mode([1, 2, 2, 1]))
print(statistics.mode(["red", "blue", "blue", "red", "green"]), statistics.mode([(1, 2), (1, 2), (3,)]))
print(statistics.multimode("aabbcd"), statistics.multimode([]), statistics.multimode([1.5, 2, 1.5, 2, 3]))
for f in [statistics.median, statistics.median_low, statistics.median_high, statistics.mode]:
    try:
        f([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.mode([[1], [1]])
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.median([1, "a"])
except TypeError as e:
    print("TypeError:", e)
counts = 0
for i in range(200):
    counts += statistics.median([i, i + 1, i * 2, 5]) + statistics.mode([i % 3, i % 3, 1])
print(counts)
