# None stored into int lists: at the front, in the middle of a hot loop, by append.
xs = [5, 6, 7]
xs[1] = None
print(xs, xs[1] is None, None in xs, xs.count(None))

marks = list(range(400))
for i in range(0, 400, 7):
    marks[i] = None
present = 0
missing = 0
for m in marks:
    if m is None:
        missing += 1
    else:
        present += m
print(missing, present, marks[:8])

q = []
for i in range(300):
    q.append(i if i % 3 else None)
print(q[:7], len(q), q.index(None, 1), q.count(None))
q[0] = 0
print(q[:4])
