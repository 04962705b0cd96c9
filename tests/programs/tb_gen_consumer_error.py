# An error inside a generator that sum() consumes: the traceback shows the
# script's frames only, as CPython's does (sum is a built-in).

def ratio(xs):
    return sum(1 / x for x in xs)

print(ratio([1, 2, 4]))
print(ratio([3, 0, 1]))
