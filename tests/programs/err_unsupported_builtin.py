# expected: hand-written (CPython has memoryview; Rumba names it as not supported)
def f(x):
    return memoryview(x)
print(undefined_name if False else "start")
print(f(b"ab"))
