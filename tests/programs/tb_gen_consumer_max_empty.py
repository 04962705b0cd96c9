# max() of an empty generator: the built-in's error, raised at the call.

def best(xs):
    return max(x * 2 for x in xs if x > 10)

print(best([5, 20, 11]))
print(best([1, 2, 3]))
