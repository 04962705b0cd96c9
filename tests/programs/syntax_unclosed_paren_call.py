print("start"
x = 5
print(x)
