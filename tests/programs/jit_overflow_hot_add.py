x = 9223372036854775000
for i in range(1000):
    x += 1
    if i % 200 == 0:
        print(i, x)
print("unreachable")
