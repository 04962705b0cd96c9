def grow(n):
    v = 1
    for i in range(n):
        v = v * 10
    return v
print(grow(18))
print(grow(19))
