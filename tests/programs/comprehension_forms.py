print([x for x in range(10) if x % 2 if x > 2])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x for row in [[1, 2], [3], []] for x in row])
print([a + b for a, b in [(1, 2), (3, 4)]], [k for k, _ in {"p": 1, "q": 2}.items()])
print({k: v for k, v in zip("abc", range(3))}, {n: n ** 2 for n in range(5) if n != 2})
print({x % 3: x for x in range(10)}, {c: i for i, c in enumerate("hello")})
print([x if x % 2 else -x for x in range(6)], [s.upper() for s in ["a", "b"] if s != "b"])
print([i for i in range(3) for _ in range(i)], [[c for c in w] for w in ("hi", "yo")])
y = "outer"
r = [y for y in range(3)]
print(r, y)
data = {"a": [1, 2], "b": [3]}
print({k: sum(v) for k, v in data.items()}, [len(v) for v in data.values()])
print([(i, j, k) for i in range(2) for j in range(2) if i != j for k in range(2) if k == i])
nums = [3, -1, 4, -1, 5]
print([n for n in nums if n > 0], [abs(n) for n in nums], sum([n * n for n in nums]))
def f(v):
    return [v + w for w in range(v)]
print([f(v) for v in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(len(matrix[0]))])
print({(i, j): i * j for i in range(2) for j in range(2)}, [[]for _ in range(2)])
