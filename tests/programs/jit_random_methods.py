# The functions of `random` are methods of one hidden Random: compiled
# loops call them once per call, even where the result's type changes
# (randint past 2**63 gives big ints) or the call raises.
import random

random.seed(5)
t = 0
picks = []
for i in range(3000):
    v = random.randint(0, 2**64 if i % 7 == 0 else 10)
    t += v % 1000
    deck = [1, 2, 3, 4, 5]
    random.shuffle(deck)
    picks.append(deck[0])
    if i % 600 == 0:
        try:
            random.choice([])
        except IndexError as e:
            print(i, "IndexError:", e)
print(t, sum(picks), picks[-10:])

hits = 0
for i in range(20000):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        hits += 1
print(hits, random.uniform(1, 2), random.getrandbits(70))
