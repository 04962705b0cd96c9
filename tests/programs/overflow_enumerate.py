# expected: hand-written (64-bit int overflow)
for i, c in enumerate("abc", 9223372036854775806):
    print(i, c)
