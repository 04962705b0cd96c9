# Tuples a compiled loop keeps virtual are made when it exits: an exit in a
# function that received one, and an error raised there, show the real
# tuple (its repr, its identity across the exit).
def scale(pair, k):
    a, b = pair
    if k == 250:
        # Leaves compiled code with `pair` still needed.
        print("at", k, pair, type(pair), len(pair))
    return a * k, b * k


def nested(p, q, k):
    t = ((p, q), k)
    if k == 280:
        print("nested", t, t[0][1])
    return t[0][0] + t[0][1] + t[1]


def main():
    total = 0
    for k in range(300):
        x, y = scale((k, k + 1), k)
        total += x - y + nested(k, 2.5, k)
    return total


print(main())


def strict(pair, k):
    a, b = pair
    return a + b + k


def crash():
    t = 0
    for k in range(300):
        v = k if k < 290 else "s"
        t += strict((v, 1), k)
    return t


crash()
