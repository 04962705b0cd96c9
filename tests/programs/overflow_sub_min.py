m = -9223372036854775807 - 1
print(m + 0, m - 0, m + 1)
lo = -9223372036854775800
for _ in range(6):
    lo = lo - 3
    print(lo)
