from numba import njit, jit
def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper
@twice
def inc(x):
    return x + 1
print(inc(1))
def tag(label):
    def deco(f):
        def wrapper(x):
            return label + str(f(x))
        return wrapper
    return deco
@tag("<")
@twice
def dbl(x):
    return x * 2
print(dbl(3))
@njit
def k1(n):
    return n * 3
@njit(cache=True)
def k2(n):
    return n * 4
@jit(nopython=True)
def k3(n):
    return n * 5
print(k1(2), k2(2), k3(2))
push = [].append
stack = []
push2 = stack.append
push2(3); push2(4)
print(stack, stack.pop())
