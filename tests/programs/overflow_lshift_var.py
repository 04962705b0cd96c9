for k in [1, 31, 32, 62]:
    print(k, 1 << k, -1 << k)
print(-1 << 63)
print(2 << 61, 2 << 62)
