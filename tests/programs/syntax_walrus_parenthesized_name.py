a = 0
print(((a) := 1))
