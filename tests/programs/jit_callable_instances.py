# Instances called through their class's __call__ inside traces, simple
# ones inlined and ones with loops (and closure cells: a comprehension
# captures their parameters) through entry traces; a class whose __call__
# changes partway; calls that raise.


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        powers = [x ** i for i in range(len(self.coeffs))]
        total = 0
        for c, p in zip(self.coeffs, powers):
            total += c * p
        return total


double = Scale(2)
p = Poly([1, 2, 3])
acc = 0
for i in range(300):
    acc += double(i) + p(i % 7) + Scale(i % 3)(5)
print(acc)


def outer(n):
    # A loop function whose parameter a nested function captures.
    def add(v):
        return v + n

    t = 0
    for j in range(n):
        t += add(j)
    return t


print(sum(outer(k % 9) for k in range(200)))

results = []
for i in range(200):
    if i == 120:
        Scale.__call__ = lambda self, x: -x
    results.append(double(i))
print(results[118:123])

for i in range(3):
    try:
        double(1, 2)
    except TypeError as e:
        print(e)
try:
    del Scale.__call__
    double(3)
except TypeError as e:
    print(e)
