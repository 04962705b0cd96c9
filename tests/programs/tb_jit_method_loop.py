class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


c = Counter()
keys = ["a", "b", "c"] * 200 + [["unhashable"]]
for k in keys:
    c.add(k)
print(c.counts)
