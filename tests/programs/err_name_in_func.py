def f():
    return g()
def g():
    return h()
f()
