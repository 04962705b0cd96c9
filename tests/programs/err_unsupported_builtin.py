# expected: hand-written (CPython has complex; Rumba names it as not supported)
def f(x):
    return complex(x, 1)
print(undefined_name if False else "start")
print(f(2))
