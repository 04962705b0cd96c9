for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(3):
    pass
else:
    print("completed", i)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    n += 1
    if n > 6:
        break
print(n)
for i in range(10):
    if i % 2:
        continue
    print(i, end=" ")
print()
for i in []:
    print("never")
else:
    print("empty else")
for x in range(10, 0, -3):
    print(x, end=",")
print()
for i, c in enumerate("ab", 1):
    print(i, c)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for v in reversed([1, 2, 3]):
    print(v, end="")
print()
