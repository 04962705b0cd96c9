# range() with one, two and three arguments (negative steps, empty ranges,
# bools as ints) made fresh inside a hot outer loop, then a zero step that
# must raise ValueError from the right line.
total = 0
for k in range(60):
    for i in range(k % 7):
        total += i
    for i in range(k, k + 3):
        total += i * 2
    for i in range(k, -k, -(k % 4 + 1)):
        total -= i
    for i in range(10, 3):
        total += 1000
    for i in range(True, 3):
        total += i
print(total)
steps = [3, 2, 1, 0]
for n in range(80):
    s = steps[n // 20]
    for i in range(0, 6, s):
        total += i
    if n % 10 == 0:
        print(n, s, total)
