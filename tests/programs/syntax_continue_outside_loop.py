def f():
    continue
print(f())
