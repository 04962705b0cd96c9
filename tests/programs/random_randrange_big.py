import random
random.seed(12)
print([random.randrange(10) for i in range(5)], [random.randint(-5, 5) for i in range(5)], random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.randrange(10**30), random.randint(1, 2**70), random.randrange(-10**25, 10**25, 3), random.randrange(2**64), random.randrange(2**63, 2**64 + 5))
print(random.randrange(5.0), random.randint(0, 10**20))
def is_probable_prime(n, k=8):
    if n < 4:
        return n in (2, 3)
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(k):
        a = random.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(2**61 - 20, 2**61) if is_probable_prime(p)], is_probable_prime(2**127 - 1), is_probable_prime(2**128 + 1))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(10**20, 5), lambda: random.randrange(0, 10, 0), lambda: random.randrange(1.5), lambda: random.randrange(0, 5, -1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
