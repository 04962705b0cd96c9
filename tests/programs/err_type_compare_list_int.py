def largest(xs):
    return sorted(xs)[-1]
print(largest([3, 9, 2]))
print(largest([[1], 2]))
