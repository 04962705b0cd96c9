import random
import statistics

random.seed(5)
lines = []
for trial in range(150):
    n = random.randint(2, 30)
    kind = trial % 3
    if kind == 0:
        data = [random.randint(-1000, 1000) for _ in range(n)]
    elif kind == 1:
        data = [random.uniform(-1e3, 1e3) for _ in range(n)]
    else:
        data = [random.choice([random.randint(0, 50), random.random() * 50]) for _ in range(n)]
    row = (statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.variance(data),
           statistics.pvariance(data), statistics.stdev(data), statistics.pstdev(data),
           statistics.quantiles(data, n=5), statistics.mode(data))
    lines.append(row)
    if trial % 15 == 0:
        print(row)
print(len(lines))
print(statistics.mean(row[0] for row in lines), statistics.stdev(row[5] for row in lines))
