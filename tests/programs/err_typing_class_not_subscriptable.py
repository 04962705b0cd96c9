print(list[int])
print(int[str])
