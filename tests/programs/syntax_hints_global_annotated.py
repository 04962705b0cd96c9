def f():
    global counter
    counter: int = 1
