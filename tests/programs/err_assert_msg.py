x = 1
assert x == 2, 'x was ' + str(x)
