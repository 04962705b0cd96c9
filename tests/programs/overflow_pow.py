# expected: hand-written (64-bit int overflow)
print(2 ** 62)
print(-2 ** 63)
print(2 ** 63)
