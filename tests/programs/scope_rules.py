x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump(); bump()
    return n
print(counter())
def shadow(len):
    return len * 2
print(shadow(4), len("abc"))
def comp_scope():
    y = 10
    return [y + i for i in range(3)]
print(comp_scope())
