calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3) < f(4), calls)
calls = []
print(f(1) < f(0) < f(3), calls)
calls = []
print(f(1) == f(1) == f(2) == f(3), calls)
calls = []
print(f(0) <= f(5) > f(2) != f(7), calls)
calls = []
print(1 < f(5) < 10, calls)
calls = []
r = f(3) in [1, 2, 3] not in [[True]]
print(r, calls)
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 10, x == 5 == 5.0, 1 < 2 > 1 < 2, 3 > 2 == True)
print(0 < x <= 5 < 6 >= 6, not 1 < 2, (1 < 2) < 3, 1 < (2 < 3), x is x == x)
a = [1]
b = a
print(a is b is a, a == b is not None, None is not None is None)
count = 0
def g():
    global count
    count += 1
    return count
print(g() < g() < g(), count)
print(0 < g() < 100 < g(), count)
