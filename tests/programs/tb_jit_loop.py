def accumulate(xs):
    total = 0
    for i in range(len(xs)):
        total += 1000 // xs[i]
    return total


data = list(range(1, 500)) + [0]
print(accumulate(data[:499]))
print(accumulate(data))
