print(2 ** 62)
print(-2 ** 63)
print(2 ** 63)
