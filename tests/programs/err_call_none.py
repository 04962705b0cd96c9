def f():
    pass
f()()
