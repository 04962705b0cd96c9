# Classes in hot loops: the JIT must leave them to the interpreter or
# compile them, never change an answer.
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 10.0 or self.x < 0.0:
            self.v = -self.v

    def __repr__(self):
        return f"Particle({self.x:.3f}, {self.v:.3f})"

    def __lt__(self, other):
        return self.x < other.x

class Heavy(Particle):
    def step(self, dt):
        super().step(dt / 2)

ps = [Particle(i * 0.5, 1.0 + i * 0.1) for i in range(10)] + [Heavy(1.0, 2.0)]
for t in range(300):
    for p in ps:
        p.step(0.05)
print(ps)
total = 0.0
for p in ps:
    total += p.x
print(round(total, 6))
count = 0
for i in range(200):
    a, b = ps[i % 11], ps[(i * 7) % 11]
    if a < b:
        count += 1
print(count)

class Acc:
    def __init__(self):
        self.n = 0
    def __len__(self):
        return self.n
    def __bool__(self):
        return self.n % 2 == 0
    def add(self):
        self.n += 1
        return self

acc = Acc()
evens = 0
for i in range(500):
    acc.add()
    if acc:
        evens += 1
print(len(acc), evens)
objs = [Acc() for _ in range(5)]
print(len(objs), str(objs[0])[:13])
