def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0), f(1, 2, 3))
def g(x, y):
    return x - y
print(g(y=1, x=10))
def h():
    pass
print(h())
def counter(start=0):
    return start + 1
print(counter(), counter(41))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def early(n):
    if n < 0:
        return "neg"
    return "pos"
print(early(-1), early(1))
def multi():
    return 1, 2
a, b = multi()
print(a, b, multi())
