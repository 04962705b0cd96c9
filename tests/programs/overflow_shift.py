# expected: hand-written (64-bit int overflow)
print(1 << 62)
print(3 << 62)
