lo = -9223372036854775807 - 1
m = 0
for k in range(300, -1, -1):
    m = abs(lo + k) - k
    if k % 75 == 0:
        print(k, m)
print("unreachable")
