def mix(a, b, c):
    return a * 2 + b // c - 1


print(mix(1, 2, 3))
x = mix(4, 5, 0) + 7
