# An int past the float range in float arithmetic.
x = 10 ** 200
y = x * x
print(y > 0)
print(y + 0.5)
