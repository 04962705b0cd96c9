def f():
    y: x = 1
    global x
