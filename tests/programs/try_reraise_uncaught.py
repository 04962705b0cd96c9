def inner(n):
    return 100 // n

def outer(n):
    try:
        return inner(n)
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

print(outer(4))
outer(0)
