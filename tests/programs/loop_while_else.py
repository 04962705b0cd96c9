n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz done", steps)
i = 0
while i < 10:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print("even", i)
else:
    print("else after continue-loop", i)
while False:
    print("never")
else:
    print("else of never-run loop")
a, b = 0, 1
while a < 100 and b != 0 or a < 0:
    a, b = b, a + b
print(a, b)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
def first_square_over(limit):
    k = 0
    while k * k <= limit:
        k += 1
    else:
        return k
print(first_square_over(50), first_square_over(0))
