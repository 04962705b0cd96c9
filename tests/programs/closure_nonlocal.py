def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = make_acc(10)
print(add(1), add(2), get())
add2, get2 = make_acc(0)
print(add2(5), get(), get2())
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()
    r = middle()
    return r, x
print(outer())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def dec():
        nonlocal n
        n -= 1
    def show():
        return n
    return inc, dec, show
i, d, s = counter_pair()
i(); i(); i(); d()
print(s())
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(80))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
