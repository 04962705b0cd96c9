# expected: hand-written (64-bit int overflow)
m = -9223372036854775807 - 1
print(m + 0, m - 0, m + 1)
lo = -9223372036854775800
while True:
    lo = lo - 3
    print(lo)
