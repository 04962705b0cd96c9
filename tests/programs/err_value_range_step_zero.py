def stepped(n, step):
    return list(range(0, n, step))
print(stepped(10, 3))
print(stepped(10, -1))
print(stepped(10, 0))
