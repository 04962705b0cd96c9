import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(10 ** 6), 4))
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4))
print(random.uniform(1, 10), random.uniform(-1.5, 0.5))
print(random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(40), random.getrandbits(63), random.getrandbits(0))
print(random.triangular(0, 10, 3), random.normalvariate(5, 1), random.expovariate(2.0))
for s in [0, 1, 7, -7, 2 ** 32, 2 ** 40 + 5, 123456789012345, True, 3.5, -2.25]:
    random.seed(s)
    print(s, random.random(), random.randint(0, 10 ** 9))
for s in ["", "hello", "Rumba", "ünïcode ✓", "x" * 100]:
    random.seed(s)
    print(repr(s)[:12], random.random(), random.randrange(1000))
r = random.Random(2024)
r2 = random.Random(2024)
print(r.random() == r2.random(), r.randint(1, 6), r2.randint(1, 6), r.choice("xyz"))
random.seed(99)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
total = 0.0
for _ in range(3000):
    total += random.random()
print(total)
deck = [(r, s) for r in range(13) for s in "SHDC"]
random.seed(5)
random.shuffle(deck)
print(deck[:5])
random.seed(1)
print([random.randrange(-5, 5) for _ in range(10)])
print([round(random.gauss(100, 15), 6) for _ in range(4)])
