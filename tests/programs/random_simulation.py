import random

random.seed(12345)
inside = 0
n = 20000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n)
rng = random.Random(777)
walk = 0
hist = {}
for step in range(5000):
    walk += rng.choice((-1, 1))
    hist[walk] = hist.get(walk, 0) + 1
print(walk, max(hist.values()), min(hist))
deck = list(range(52))
rng.shuffle(deck)
hands = [sorted(deck[i:i + 5]) for i in range(0, 20, 5)]
print(hands)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
print([rolls.count(s) for s in range(2, 13)])
print(random.sample(range(1000), 10), random.choices("abc", weights=[5, 3, 1], k=12))
vals = [random.gauss(50, 10) for _ in range(2000)]
print(round(sum(vals) / len(vals), 9), round(min(vals), 9), round(max(vals), 9))
random.seed("a text seed")
print(random.random(), random.randrange(0, 100, 7), random.getrandbits(20))
a = random.Random("same")
b = random.Random("same")
print(all(a.random() == b.random() for _ in range(1000)))
