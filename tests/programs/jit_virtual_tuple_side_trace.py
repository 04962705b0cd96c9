# A branch taken often inside a function that got a tuple the loop keeps
# virtual: the exit there becomes hot and grows a side trace, which reads
# the tuple's items where the exit wrote them.
def weigh(pair, k):
    a, b = pair
    if k % 3 == 0:
        return a * 2 + b
    return a - b


def main():
    total = 0
    for k in range(600):
        total += weigh((k, k % 7), k)
        total += weigh(((k * 5) % 11, 3), k + 1)
    return total


print(main())


def nested_side(k):
    t = ((k, k + 1), (k * 2, 1.5))
    (a, b), (c, d) = t
    if k % 4 == 1:
        return a + c + d
    return b - a


acc = 0.0
for k in range(500):
    acc += nested_side(k)
print(acc)
