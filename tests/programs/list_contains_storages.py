# `in` compares by value across kinds: 1.0 in [1, 2], True in [1], 0 in [False].
print(1.0 in [1, 2], 1.5 in [1, 2], True in [1], False in [0.0], 0 in [False], 2 in [True])
print(1 in [1.0, 2.0], 1 in [True], 1.0 in [True, False], "1" in [1, 1.0], None in [0, 0.0, False])
print(-0.0 in [0], 0.0 in [-0.0], (1, 2) in [(1.0, 2.0)], [1] in [[1.0], 2])
print(2 ** 53 + 1 in [2.0 ** 53], 2 ** 53 in [2.0 ** 53], float("inf") in [2 ** 62], 3 not in [1.0, 2.0])

ints = list(range(0, 600, 2))
floats = [i * 0.5 for i in range(300)]
bools = [False] * 300
hits = 0
for i in range(300):
    if i in ints:
        hits += 1
    if i / 2 in floats:
        hits += 10
    if float(i) in ints:
        hits += 100
    if (i == 0) in bools:
        hits += 1000
print(hits)
words = ["w" + str(i) for i in range(100)]
found = 0
for i in range(0, 200, 3):
    if "w" + str(i) in words:
        found += 1
print(found, "w99" in words, "w100" in words)
