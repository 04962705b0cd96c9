# `for a, b in ...` over enumerate, zip and dict items: the interpreter
# puts the items straight on the stack; the answers are as with a tuple.
words = ["pear", "fig", "kiwi", "plum"]
for i, w in enumerate(words):
    print(i, w)
for i, (a, b) in enumerate(zip(words, words[1:])):
    print(i, a, b)
for a, b, c in zip(range(3), "xyz", [1.5, 2.5, 3.5]):
    print(a, b, c)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
pairs = list(zip(range(4), range(10, 14)))
total = 0
for i, (x, y) in enumerate(pairs, start=5):
    total += i * x + y
print(total)
for t in zip("ab", "cd"):
    print(t)
for x, in zip([7, 8]):
    print(x)
e = enumerate("abc")
for i, ch in e:
    if i == 1:
        break
print(next(e))
d = {1: "one", 2: "two", 3: "three"}
for k, v in d.items():
    d[k] = v.upper()
print(d)
z = zip([1, 2, 3], [4, 5])
for a, b in z:
    pass
print(list(z))
