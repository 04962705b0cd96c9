# `for` over filter(None, ...) and filter(a built-in type, ...), which
# compiled code steps with a helper: falsy values of every type, strs and
# ranges, items whose test runs a script's __bool__ or __len__ (refused in
# compiled code, the step undone and redone by the interpreter), a list
# that grows under the loop, a conversion that raises, break, and the
# filters compiled code leaves to the interpreter (a lambda, a filter of a
# filter), in loops hot enough to be compiled.


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


mixed = [0, 1, "", "a", None, 2.5, 0.0, [], [0], (), (1,), False, True, -1, {}, {1: 2}]
total = 0
kinds = []
for k in range(60):
    for v in filter(None, mixed):
        total += 1
    for ch in filter(None, "a b  c"):
        total += ch != " "
    for i in filter(None, range(k % 5 - 2, 4)):
        total += i
    for v in filter(bool, [0, k, "", "x"]):
        total += 1
    for v in filter(str, ["", "ab", ""]):
        kinds.append(v)
print(total, len(kinds))

# Instances whose truth is the script's: every third round has them.
seen = []
for k in range(40):
    items = [1, 0, 2] if k % 3 else [1, Flag(k % 2 == 0), 0, Bag(k % 4), 3]
    for v in filter(None, items):
        seen.append(type(v).__name__)
print(len(seen), seen[-8:])

# The list grows while the filter walks it.
grow = [1, 0, 2]
n = 0
for v in filter(None, grow):
    n += 1
    if len(grow) < 60:
        grow.append(v if n % 2 else 0)
print(n, len(grow))

# A conversion that raises, caught around the loop; break mid-way.
errors = 0
firsts = []
for k in range(40):
    try:
        for v in filter(int, ["1", "0", "2", "x" if k % 5 == 0 else "3"]):
            pass
    except ValueError as e:
        errors += 1
        last = str(e)
    for v in filter(None, [0, 0, k, k + 1, 0, k + 2]):
        firsts.append(v)
        break
print(errors, last, firsts[-3:])

# Left to the interpreter: a lambda, a filter of a filter.
odd = 0
for k in range(40):
    for v in filter(lambda x: x % 2, range(k % 7)):
        odd += v
    for v in filter(None, filter(None, [0, k, 0, 1])):
        odd += v
print(odd)
