words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (2, 'a'), (1, 'a'), (0, 'z')]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort()
print(pairs)
print(min(words, key=len), max(words, key=len), min([3, 1, 2]), max(3, 7, 5), min(4, 2), max([], default='none'))
print(sorted([3.5, 1, 2.25, -1]), sorted(range(10), key=lambda x: -x)[:3])
