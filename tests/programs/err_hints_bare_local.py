# In a function `x: int` makes x local without binding it.
x = "global"


def f():
    x: int
    print("before")
    return x


print(f())
