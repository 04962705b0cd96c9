# Was refused ('yield from' used as a value); now CPython's meaning.
def g():
    result = yield from range(3)
    print("result", result)
    return result


print(list(g()))
