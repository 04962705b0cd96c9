def mean(xs):
    return sum(xs) / len(xs)
def ratio(a, b):
    return a / b
print(mean([1.0, 2.0, 4.5]))
print(ratio(1.0, 4.0))
x = 3.0
y = x - 3.0
print("y =", y)
print(ratio(x, y))
