# Overriding the methods of a list subclass; super() and list.method reach
# the list; the instances flow through hot loops.
class Bag(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
        self.added = 0

    def append(self, x):
        self.added += 1
        super().append(x * 10)

    def __repr__(self):
        return "Bag(%s, %s)" % (self.name, list.__repr__(self))


class Capped(list):
    def __len__(self):
        return min(3, super().__len__())

    def __getitem__(self, i):
        return list.__getitem__(self, i) + 1

    def __contains__(self, x):
        return x == "all"


class Chain(list):
    pass


class Sub(Chain):
    def total(self):
        t = 0
        for x in self:
            t += x
        return t


b = Bag("b", [1, 2])
b.append(3)
print(b, len(b), b.added, b[2], str(b), [b])
print(isinstance(b, Bag), isinstance(b, list), type(b) is Bag)

c = Capped([5, 6, 7, 8, 9])
print(len(c), c[0], c[4], "all" in c, 5 in c, list(c), bool(Capped()))

# A hot loop: len(), indexing, append and iteration of subclass instances.
s = Sub()
for i in range(3000):
    s.append(i % 7)
    if len(s) > 5 and s[-1] == s[-6]:
        s[-1] = s[-1] + 1
total = 0
for x in s:
    total += x
n = 0
for i in range(len(s)):
    n += s[i] * (i % 3)
print(len(s), total, n, s.total(), s[100:105], s.count(0))

bag = Bag("hot")
acc = 0
for i in range(2000):
    bag.append(i)
    acc += len(bag) + bag[i // 2]
print(acc, bag.added, len(bag), bag[-1])

caps = Capped([1, 2, 3, 4])
hits = 0
for i in range(1500):
    hits += len(caps) + caps[i % 4]
print(hits)

mixed = [Chain([1, 2]), [3, 4], Sub([5]), (6,)]
sizes = 0
for k in range(1000):
    for m in mixed:
        sizes += len(m) + m[0]
print(sizes)

made = 0
for i in range(1200):
    fresh = Sub([i, i + 1]) if i % 2 else Bag("x", [i])
    fresh.append(i)
    made += len(fresh) + fresh[-1]
print(made)

print(Bag("e").missing)
