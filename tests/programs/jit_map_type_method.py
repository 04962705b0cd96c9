# map() of a built-in type's method taken from the type (`str.upper`),
# which compiled code loads as a constant and steps with a helper: joined,
# listed, looped over, with items that are not strs (the descriptor's
# TypeError, caught in the loop), methods of other types (stepped by the
# interpreter), and the method called directly.
words = ["alpha", " Beta ", "gamma", "DELTA", "", "ε-épsilon"] * 5
total = 0
parts = []
for k in range(50):
    s = " ".join(map(str.upper, words))
    total += len(s)
    for w in map(str.strip, words):
        total += len(w)
    parts.append(list(map(str.title, words[k % 6 : k % 6 + 2])))
    total += sum(map(str.isupper, words))
print(total, parts[-3:])

msgs = []
for k in range(30):
    try:
        for w in map(str.lower, ["A", "B", k if k % 10 == 9 else "C"]):
            total += len(w)
    except TypeError as e:
        msgs.append(str(e))
print(total, msgs[-1], len(msgs))

lists = [[1, 2], [3]]
copies = []
for k in range(30):
    for c in map(list.copy, lists):
        copies.append(len(c))
    copies.append(str.upper("x" * (k % 3)))
print(len(copies), copies[-4:])
up = str.upper
print([up(w) for w in ["a", "b"] * 30][-2:], str.upper is up)
