def outer():
    for i in range(3):
        if i > 1:
            x = = 2
    return 0
print(outer())
