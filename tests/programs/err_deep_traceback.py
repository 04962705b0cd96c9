def a(n):
    return b(n)
def b(n):
    return c(n)
def c(n):
    return [1][n]
print(a(0))
print(a(1))
