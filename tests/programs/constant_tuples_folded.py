# Tuples of constants are folded into one constant, as CPython folds
# them: iterating, testing membership, indexing and unpacking one in a
# hot loop reads the constant; nothing about the values changes.

def scan(n):
    total = 0
    hits = 0
    for i in range(n):
        for step in (1, -2, 3):
            total += step * i
        if i % 7 in (0, 3, 5):
            hits += 1
        if str(i % 4) not in ("1", "2"):
            hits += 10
        a, b, c = (10, 20.5, "x")
        total += a + int(b) + len(c)
        pair = (i, 2)
        total += pair[1]
        total += (4, 5, 6)[i % 3] + (7, 8, 9)[-1] + ((1, 2), (3, 4))[1][0]
    return total, hits

print(scan(300))

# Nested, empty and mixed constants; equality and hashing as any tuple.
consts = [(), (1,), (1, (2, (3, None))), (True, 1, 1.0), (0.0, -0.0), ("a", ...)]
for t in consts:
    print(t, len(t), hash(t) == hash(tuple(list(t))), t == tuple(list(t)))
print(() is (), tuple() is (), tuple([]) is (), (-0.0,)[0], (0.0,)[0], 1 / (-0.0, 1)[1])

# A constant tuple used as a key and a default, then rebuilt and
# compared with a made one.
d = {}
for i in range(200):
    key = (1, 2) if i % 2 else (3, 4)
    d[key] = (d.get(key, (0, 0))[0] + i, i)
print(sorted(d.items()))

# Unpacking a constant with the wrong count, and indexing past its end,
# raise inside a compiled loop and are caught there.
def errors(n):
    caught = []
    for i in range(n):
        try:
            if i % 50 == 49:
                a, b = (1, 2, 3)
            elif i % 50 == 48:
                x = (1, 2)[i]
            else:
                a, b = (i, 1)
        except (ValueError, IndexError) as e:
            caught.append(f"{i}: {type(e).__name__}: {e}")
    return caught

for line in errors(200):
    print(line)

# Augmented assignment makes a new tuple; the constant is unchanged.
def grow():
    out = []
    for i in range(5):
        t = (1, 2)
        t += (i,)
        out.append(t)
    return out

print(grow(), (1, 2))

# A str looked for among strs is compared by its text; other items still
# compare the general way (an instance's `__eq__` runs, in order).
class LooksLikeA:
    def __eq__(self, other):
        print("  __eq__ asked about", repr(other))
        return other == "a"


mixed = (1, None, LooksLikeA(), "b", "é", 2.5)
for c in ["a", "b", "é", "z", "", "ab"[1:]]:
    print(repr(c), c in mixed, c in ["x", "é", "b"], c in ("",), c not in ("a", "b"))


def vowels(text):
    count = 0
    for c in text:
        if c in ("a", "e", "i", "o", "u", "é"):
            count += 1
    return count


print(vowels("the quick brown fox jumps over the lazy dog, café " * 20))
