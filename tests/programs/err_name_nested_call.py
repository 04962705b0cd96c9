def outer(n):
    return middle(n) + 1
def middle(n):
    return inner(n) * 2
def inner(n):
    return n + undefined_var
print("calling")
print(outer(1))
