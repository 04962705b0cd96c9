print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("bca"), max("bca"), min(range(5, 10)))
print(min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True), min(0, False), max([2, 2.0]))
words = ["kiwi", "fig", "banana", "pear", "plum"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([(2, "b"), (1, "z"), (1, "a")]), max([[1, 2], [1, 2, 0], [0, 9]]))
pts = [(1, 5), (3, 2), (-4, 1), (2, -6)]
print(min(pts, key=lambda p: p[0] * p[0] + p[1] * p[1]), max(pts, key=lambda p: abs(p[1])))
print(max(-5, 3, key=abs), min(-5, 3, key=abs), max([-1, 1], key=abs), min([1, -1], key=abs))
print(max({"a": 3, "b": 1}), min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
d = {"x": 10, "y": 30, "z": 20}
print(max(d, key=d.get), min(d, key=lambda k: d[k]), min(d.values()), max(d.items()))
print(max(1.5, 2), min(-0.5, -1), max([0.1 + 0.2, 0.3]), min(float("inf"), 1e308))
print(abs(-7), abs(7), abs(-7.5), abs(0), abs(-0.0), abs(True), abs(-9223372036854775807))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum([[1], [2, 3]], []), sum([True, True, False]), sum(range(10), 5))
