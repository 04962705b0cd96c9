for e in range(60, 66):
    print(e, 2 ** e)
