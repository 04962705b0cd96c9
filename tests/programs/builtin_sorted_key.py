data = [("pear", 3, 1.5), ("apple", 3, 0.5), ("fig", 1, 2.0), ("kiwi", 2, 0.5), ("date", 1, 1.0)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[2], reverse=True))
print(sorted(data, key=lambda r: (r[1], -r[2])))
print(sorted(data, key=lambda r: len(r[0])))
print([r[0] for r in sorted(data, key=lambda r: r[0][-1])])
print(sorted("Hello World"), sorted("bca", reverse=True), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([-3, 1, -2, 4], key=abs), sorted([-3, 3, -2, 2], key=abs), sorted([-3, 3, 2, -2], key=abs, reverse=True))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[1, 2], [1], [0, 5]]), sorted([]), sorted(range(5, 0, -1)))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
def second(p):
    return p[1]
print(sorted([(1, "z"), (2, "a"), (3, "m")], key=second))
print(sorted([5, 2, 8], reverse=False), sorted([[2, "b"], [1, "c"]], key=lambda p: p[1], reverse=True))
