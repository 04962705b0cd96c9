def countdown(n):
    while True:
        yield 100 // n
        n -= 1


total = 0
for v in countdown(3):
    total += v
    print(total)
