i = 0
j = 1000
steps = 0
while i < j and (i % 7 != 3 or j % 11 != 0) and steps < 5000:
    i += 3
    j -= 2
    steps += 1
print(i, j, steps)
n = 27
count = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print(count)
