# expected: hand-written (CPython's module dict holds names Rumba's globals do not, in binding order)
x = 1
print(globals()["x"])
print(len(globals()))
