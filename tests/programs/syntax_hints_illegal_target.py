def f():
    return 1


f(): int = 3
