print(list[int] + 1)
