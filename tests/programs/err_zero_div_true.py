def f(a):
    return 1 / a
print(f(2))
print(f(0))
