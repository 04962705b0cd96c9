def risky(n):
    return [0][n]


try:
    risky(3)
except IndexError as e:
    print("caught", e)
    err = e
try:
    risky(0) + "x"
except TypeError:
    raise err
