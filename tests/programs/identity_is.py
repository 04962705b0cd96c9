a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(1 is 1 if False else True, "x" == "x", [] is [], () == ())
x = None
print(x is None, x is not None, x == None)
