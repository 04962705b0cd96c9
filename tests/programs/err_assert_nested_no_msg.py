def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1]
    return True
def validate(data):
    return check_sorted(data)
print(validate([1, 2, 2, 5]))
print(validate([1, 3, 2]))
