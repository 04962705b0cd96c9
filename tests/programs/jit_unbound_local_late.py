def compute(n):
    if n < 300:
        result = n * 2
    return result
acc = 0
for i in range(500):
    acc += compute(i)
    if i % 100 == 0:
        print(i, acc)
print(acc)
