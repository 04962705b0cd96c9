def noisy():
    print("argument evaluated")
    return 1
x = [1]
x.append(noisy())
print(x)
n = 5
n.append(noisy())
