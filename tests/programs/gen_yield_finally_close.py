# Was refused ('yield' inside a 'try' with 'finally'); now CPython's meaning.
def g():
    try:
        yield 1
    finally:
        print("cleanup")


x = g()
print(next(x))
x.close()
print("closed")
x.close()
print(list(g()))
