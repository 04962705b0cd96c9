lo = -9223372036854775807 - 1
s = 0
for i in range(400, -1, -1):
    v = lo + i
    s = -v
    if i % 100 == 0:
        print(i, v, s)
print("unreachable")
