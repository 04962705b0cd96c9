# xs.sort(key=f) for a key the script wrote, which the interpreter and
# compiled code both run as the prelude's list_sort (the list looks empty
# while the keys are computed by a Python loop, then the native sort by
# them puts the items back): reverse= in either order, keys that raise,
# compare by __lt__ (with side effects), do not compare, or change the
# list; bound-method keys; the calls that stay with the method (a native
# key, reverse= not a bool); sorted(..., key=f, reverse=...) alike; in
# loops hot enough to be compiled. The last key error is uncaught: its
# traceback shows the caller's line and the key's.
rows = [(i * 37 % 101, "n%d" % (i * 13 % 17), i * 0.25) for i in range(90)]
acc = 0
for k in range(80):
    rows.sort(key=lambda r: (r[0] - k) % 101)
    acc += rows[0][0] * 3 + rows[-1][0]
    rows.sort(key=lambda r: r[1], reverse=k % 3 == 0)
    acc += len(rows[0][1]) + int(rows[5][2])
    rows.sort(reverse=k % 2 == 0, key=lambda r: -r[2])
    acc += int(rows[0][2] * 4)
    top = sorted(rows, key=lambda r: r[0] % 7, reverse=k % 4 == 1)[:2]
    acc += top[0][0] + top[1][0]
print("acc", acc, rows[:2])

# The list looks empty to the key, and gets its items back after.
seen = []
xs = [3, 1, 2]
for k in range(40):
    xs.sort(key=lambda v: (seen.append(len(xs)), (v * k) % 5)[1])
print(xs, sum(seen), len(seen))

# A key that raises: the list keeps its order; the error is catchable.
def picky(v):
    if v == 7:
        raise ValueError("no sevens")
    return -v

ys = [5, 7, 1, 9]
caught = 0
for k in range(50):
    try:
        ys.sort(key=picky)
    except ValueError as e:
        caught += 1
        msg = str(e)
print(ys, caught, msg)

# A key that changes the list: the sorted items and a ValueError.
zs = [4, 2, 8]
def grow(v):
    zs.append(v)
    return v

try:
    zs.sort(key=grow)
except ValueError as e:
    print("modified:", e, zs)

# Keys that do not compare: TypeError, the items as they were.
mixed = [1, 2, 3]
for k in range(30):
    try:
        mixed.sort(key=lambda v: "a" if v == 2 else v)
    except TypeError as e:
        err = str(e)
print(mixed, err)

# Keys compared by a script's __lt__, which counts its calls.
calls = [0]

class Rank:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls[0] += 1
        return self.v < other.v

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
for k in range(40):
    people.sort(key=lambda p: Rank(p[1] + (k % 3)), reverse=k % 2 == 1)
print(people, calls[0])

# A bound method as the key; native keys and a reverse= that is not a
# bool stay with the method.
class Near:
    def __init__(self, to):
        self.to = to

    def distance(self, v):
        return abs(v - self.to)

vals = [9, 2, 7, 4, 5, 1]
words = ["pear", "Fig", "apple", "kiwi"]
for k in range(40):
    vals.sort(key=Near(k % 10).distance)
    words.sort(key=str.lower, reverse=k % 2 == 0)
    vals.sort(key=lambda v: v % 3, reverse=k % 2)
print(vals, words)

# key=None is the plain sort.
nums = [3, 1, 2]
nums.sort(key=None, reverse=True)
print(nums)

last = [1, 2, 0]
last.sort(key=lambda v: 10 // v)
