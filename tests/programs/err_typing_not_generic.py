print(list[int])
print(list[int][str])
