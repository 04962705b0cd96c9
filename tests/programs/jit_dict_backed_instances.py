# Instances whose __dict__ is asked for, replaced or written (a method
# shadowed by a key, then unshadowed) while compiled loops run over them
# and their siblings that keep their shapes.
class P:
    def __init__(self, x):
        self.x = x
        self.y = 0
    def bump(self, k):
        self.y += k
        return self.y

ps = [P(i) for i in range(100)]
t = 0
for rnd in range(60):
    for p in ps:
        p.y += p.x
        t += p.bump(1) + p.y
    if rnd == 20:
        for p in ps[::3]:
            vars(p)['z'] = 1
    if rnd == 30:
        for p in ps[1::3]:
            p.__dict__ = {'x': -p.x, 'y': 0}
    if rnd == 40:
        for p in ps[2::3]:
            p.__dict__['bump'] = lambda k: 0
    if rnd == 50:
        for p in ps[2::3]:
            del p.__dict__['bump']
print(t, sum(getattr(p, 'z', 0) for p in ps), sum(p.x for p in ps))
