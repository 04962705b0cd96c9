def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
pos = find([5, 6, 7], 6)
print(pos, pos > 0)
pos = find([5, 6, 7], 9)
print(pos)
print(pos > 0)
