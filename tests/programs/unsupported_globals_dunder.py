# expected: hand-written (a dunder CPython's module dict holds and Rumba's globals do not)
print("__name__" in globals())
print("__spec__" in globals())
