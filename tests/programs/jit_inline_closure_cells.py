# Functions whose locals are captured (by a comprehension, a closure, a lambda made in a loop) inlined into compiled loops: the cells are made as the interpreter's call makes them, a cell still empty raises NameError.
def scale(xs, k):
    return [x * k for x in xs]

def counter(words):
    seen = {}
    def bump(w):
        seen[w] = seen.get(w, 0) + 1
    for w in words:
        bump(w)
    return sorted(seen.items())

def late(n):
    total = 0
    fs = []
    for i in range(3):
        fs.append(lambda: total + i)
    total = n
    return [f() for f in fs]

def uses_cell_before_set(flag):
    if flag:
        v = 10
    def get():
        return v
    try:
        return get()
    except NameError as e:
        return str(e)

acc = 0
for r in range(3000):
    out = scale([1, 2, 3], r)
    acc += out[2]
    if r % 1000 == 0:
        print(counter(["a", "b", "a", str(r % 7)]), late(r), uses_cell_before_set(r % 2000 == 0))
    acc += len(counter(["x", "y", "x"]))
    acc += sum(late(r))
    s = uses_cell_before_set(r % 3 == 0)
    acc += s if isinstance(s, int) else len(s)
print(acc)
