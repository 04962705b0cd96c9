# del, pop and clear on lists of every kind, inside hot loops too.
sources = [list(range(10)), [i * 0.5 for i in range(10)], [i % 2 == 0 for i in range(10)], [str(i) for i in range(10)]]
for xs in sources:
    a = xs.pop()
    b = xs.pop(0)
    c = xs.pop(-2)
    del xs[1]
    del xs[2:4]
    print(a, b, c, xs)
    xs.clear()
    print(xs, len(xs))

stack = []
total = 0
for i in range(400):
    if i % 3 == 2:
        total += stack.pop()
    else:
        stack.append(i if i % 2 else i * 0.5)
print(total, len(stack), stack[:4], stack[-2:])
queue = list(range(300))
s = 0
while queue:
    s += queue.pop(0) * len(queue)
    if len(queue) > 10:
        del queue[-1]
print(s)
fl = [i * 1.5 for i in range(300)]
del fl[::3]
print(len(fl), fl[:4], sum(fl))
del fl[10:]
print(fl)
