for i, c in enumerate("abc", 9223372036854775806):
    print(i, c)
