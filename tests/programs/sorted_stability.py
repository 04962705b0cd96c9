recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
x = [5, 3, 5, 1, 3]
x.sort(key=lambda v: -v)
print(x)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted(["b", "B", "a", "A"]), sorted([True, False, 0, 1]))
