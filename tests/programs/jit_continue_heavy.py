evens = 0
odds_sum = 0
skipped = []
for i in range(1000):
    if i % 2 == 0:
        evens += 1
        continue
    if i % 7 == 0:
        if len(skipped) < 10:
            skipped.append(i)
        continue
    odds_sum += i
print(evens, odds_sum, skipped)
n = 0
hits = 0
while n < 600:
    n += 1
    if n % 3:
        continue
    if n % 5 == 0:
        continue
    hits += n
print(n, hits)
