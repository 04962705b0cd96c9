a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
(a, b), c = [10, 20], 30
print(a, b, c)
[x, [y, z]] = (1, (2, 3))
print(x, y, z)
p, q = "pq"
r, s = range(2)
t, u = {"k1": 1, "k2": 2}
print(p, q, r, s, t, u)
first, (second, (third, fourth)) = 1, (2, (3, 4))
print(first, second, third, fourth)
lst = [0, 0, 0]
lst[0], lst[1], lst[2] = "abc"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
m = n = o = 0
m += 1
print(m, n, o)
one, = (1,)
[two] = [2]
print(one, two)
i, j = 0, 1
i, j = j, i + j
i, j = j, i + j
i, j = j, i + j
print(i, j)
pairs = [(1, "a"), (2, "b")]
for num, ch in pairs:
    print(num, ch)
for (num, ch), extra in zip(pairs, [True, False]):
    print(num, ch, extra)
for i, (a, (b, c)) in enumerate([(1, (2, 3)), (4, (5, 6))]):
    print(i, a + b + c)
k, v = max({"x": 1, "y": 9}.items(), key=lambda kv: kv[1])
print(k, v)
a = b = [1, 2]
a, b = b, a
print(a is b, a)
