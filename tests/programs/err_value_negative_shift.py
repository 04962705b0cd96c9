for s in [3, 2, 1, 0, -1]:
    print(s, 1 << s)
