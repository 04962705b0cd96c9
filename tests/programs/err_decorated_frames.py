def trace(f):
    def wrapper(x):
        print("calling with", x)
        return f(x)
    return wrapper
@trace
def reciprocal(x):
    return 1 / x
print(reciprocal(4))
print(reciprocal(0))
