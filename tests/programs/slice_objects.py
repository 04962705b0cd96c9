# slice objects: made by slice(), passed by x[a:b:c] to a class's
# __getitem__/__setitem__/__delitem__, indexing built-in sequences.


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Seq(%r)" % (self.data,)


class Recorder:
    def __getitem__(self, key):
        return key


s = Seq(range(10))
print(s[3], s[2:5], s[::3], s[-3:], s[::-1], s[5:1:-2])
s[1:4] = ["a", "b"]
print(s)
s[::2] = [0] * len(s[::2])
print(s)
del s[::3]
print(s)
del s[-1]
print(s, len(s))

r = Recorder()
print(r[1:2], r[:], r[::2], r[1:], r[:3], r[1:2:3], r["a":None])

k = slice(1, None, 2)
print(k, k.start, k.stop, k.step, repr(slice(5)), slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print([0, 1, 2, 3, 4, 5][k], "abcdefg"[k], (9, 8, 7, 6)[k], range(10)[k], b"xyzw"[k])
items = list(range(8))
items[slice(2, 5)] = ["x"]
print(items)
del items[slice(None, None, 2)]
print(items)
print(slice(None, None, -1).indices(5), slice(-3, 100).indices(10), slice(2, 8, 3).indices(6))
print(type(k).__name__, isinstance(k, slice), type(k) is slice)
try:
    hash(k)
except TypeError as e:
    print("TypeError:", e)
try:
    {}[k]
except TypeError as e:
    print("TypeError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][slice(0, 2, 0)]
except ValueError as e:
    print("ValueError:", e)

total = 0
window = Seq(range(50))
for i in range(40):
    total += sum(window[i:i + 5].data)
print(total)
