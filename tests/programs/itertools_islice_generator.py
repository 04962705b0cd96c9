# islice over a generator that makes garbage between its yields (as
# pyperformance's pidigits does): the collector runs during the steps, and
# every slice form gives CPython's items.
from itertools import islice


def digits():
    z = (1, 0, 0, 1)
    k = 1
    while True:
        q, r, s, t = z
        z = (q * k, q * (4 * k + 2) + r * (2 * k + 1), s * k, s * (4 * k + 2) + t * (2 * k + 1))
        k += 1
        junk = [str(x) for x in z]
        yield len(junk[1]) % 10


print(list(islice(digits(), 40)))
print(list(islice(digits(), 5, 60, 7)))
print(list(islice(digits(), 3, 200, 50)))
gen = digits()
print(list(islice(gen, 3)), list(islice(gen, 3)), next(gen))
print(sum(islice((i * i for i in range(100)), 10, 20)))
