print(1 << 62)
print(3 << 62)
