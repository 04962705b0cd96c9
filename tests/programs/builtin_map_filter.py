def sq(x):
    return x * x


print(list(map(sq, range(5))), list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], "ab" and [10, 20])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(sum(map(int, "1 2 3".split())), max(map(len, ["a", "bbb", "cc"])), sorted(map(abs, [-3, 1, -2])))
m = map(sq, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(map(sq, [])).__name__, type(filter(None, [])).__name__)
words = "the quick brown fox".split()
print(dict(zip(words, map(len, words))), set(map(len, words)))
print(list(map(pow, [2, 3], [3, 2, 9])), tuple(filter(str.isdigit, "a1b2")))
total = 0
for i in range(2000):
    for v in map(sq, (i, i + 1)):
        total += v
    total += sum(filter(None, (0, i, 0)))
print(total)
for f in [lambda: map(sq), lambda: map(), lambda: filter(sq), lambda: map(sq, 5), lambda: filter(None, 3), lambda: list(map(sq, ["a"])), lambda: map(sq, [1], x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A", "c"], key=str.lower), str.join("-", "ab"), str.upper)
for f in [lambda: str.upper(), lambda: str.upper(5), lambda: list.append(1, 2)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
lst = []
list.append(lst, 3)
print(lst, int.bit_length(5), float.is_integer(2.0))
