# Sorting is stable: items with equal keys keep their order, whatever the
# kind of the items or of the keys.
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana", "cherry"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = []
for i in range(300):
    pairs.append((i % 7, i))
s = sorted(pairs, key=lambda p: p[0])
print(s[:5], s[40:45], s[-3:])
ok = True
for i in range(1, len(s)):
    if s[i - 1][0] == s[i][0] and s[i - 1][1] > s[i][1]:
        ok = False
print(ok)

nums = [1, 1.0, True, 2, 2.0, 0, 0.0, False, -0.0]
print(sorted(nums), sorted(nums, key=lambda v: -v))
print(sorted(nums, reverse=True))
tags = [(1.0, "a"), (1, "b"), (True, "c"), (0, "d")]
print(sorted(tags, key=lambda t: t[0]))
print(sorted(tags))
records = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
records.sort()
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
f = [0.5 * (i % 4) for i in range(300)]
g = sorted(range(300), key=lambda i: f[i])
print(g[:6], g[75:80], g[-3:])
