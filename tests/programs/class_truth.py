class Empty:
    def __len__(self):
        return 0

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

items = [Flag(True), Flag(False), Empty(), Flag(True)]
print(any(items), all(items), bool(Empty()), bool(Flag(True)), not Flag(False))
print([bool(x) for x in items], len([x for x in items if x]))
n = 0
for i in range(300):
    f = Flag(i % 3 == 0)
    if f and i > 10:
        n += 1
    while Flag(False):
        n -= 1000
print(n, Flag(False) or "fallback", Flag(True) and "both")
