# Closure cells read and written inside hot loops, by the function that
# owns them and by an inlined inner function; a cell that changes type.
def counter():
    count = 0
    step = 1
    def bump():
        return count + step
    for i in range(200):
        count = bump()
        if i == 150:
            step = 2.5
    return count

def accumulate(xs):
    total = 0
    def add(x):
        nonlocal total
        total += x
    for x in xs:
        add(x)
    return total

print(counter())
print(accumulate(list(range(300))))
print(accumulate([0.5] * 100 + [1] * 100))
