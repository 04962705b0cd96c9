# Nested tuples made in a trace and escaping whole: as an argument of a
# compiled call, into a list, a dict, a global. The outer tuple must keep
# one identity, and its inner tuples theirs.

def make_tree(depth, value):
    if depth == 0:
        return None
    return (make_tree(depth - 1, value + 1), value, make_tree(depth - 1, value + 2))

def count(node):
    if node is None:
        return 0
    left, value, right = node
    return count(left) + value + count(right)

t = 0
for i in range(300):
    t += count(make_tree(5, i % 10))
print(t)

# An inner tuple shared by two outer ones, both escaping into a list.
kept = []
for i in range(200):
    inner = (i, i * 2)
    a = (inner, 1)
    b = (inner, 2)
    kept.append(a)
    kept.append(b)
print(len(kept), kept[-1], kept[-2][0] is kept[-1][0])

# Three levels, escaping through a dict value and read back.
d = {}
for i in range(150):
    deep = (((i,), i + 1), i + 2)
    d[i % 7] = deep
print(sorted(d.items())[:2])

# Escaping into a global, then unpacked again in the next iteration.
pair = ((0, 0), 0)
for i in range(120):
    (x, y), z = pair
    pair = ((y, x + 1), z + i)
print(pair)
