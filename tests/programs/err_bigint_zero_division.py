# An uncaught error from a big-int operation.
def ratio(a, b):
    return a // b

print(ratio(10 ** 30, 7))
print(ratio(10 ** 30, 0))
