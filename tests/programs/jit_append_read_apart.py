# Loops that append to one list while reading others: the loop head checks
# once that the lists it reads are not the one it appends to, and then
# reads their length and items without looking again. When they are the
# same list under two names, the check fails and the interpreter runs the
# loop, as it must: every append changes what the reads see.


def products(xs, ys):
    out = []
    for i in range(len(xs)):
        out.append(xs[i] * ys[i])
    return out


def two_names(a, b, n):
    for i in range(n):
        b.append(a[i] * 0.5 + a[-1])
    return a


def read_while_growing(grow, alias):
    for v in grow:
        if len(alias) < 400:
            alias.append(v + len(grow))
    return grow


def add(lst, v):
    lst.append(v)


def through_a_call(src, dst, n):
    for i in range(n):
        add(dst, src[i] + src[i + 1])
    return dst


def own_length(seq, n):
    for _ in range(n):
        seq.append(len(seq) * 3 % 7)
    return seq


def split(xs, ys):
    left, right = [], []
    for x, y in zip(xs, ys):
        left.append(x + y)
        right.append(y - x)
    return left, right


def widen(xs, ys):
    mixed = []
    for i in range(len(xs)):
        mixed.append(ys[i] if i % 50 else xs[i])
    return mixed


xs = [float(i) for i in range(300)]
ys = [i * 2 for i in range(300)]
for round_ in range(3):
    out = products(xs, ys)
    print(len(out), sum(out), sum([x * y for x, y in zip(xs, ys)]))
    a = [1.0, 2.0, 3.0]
    print(len(two_names(a, a, 200)), a[-1])
    b = [1.0, 2.0, 3.0]
    c = []
    two_names(b, c, 3)
    print(c)
    g = read_while_growing([1, 2, 3], [])
    print(len(g), sum(g))
    g = [1, 2, 3]
    read_while_growing(g, g)
    print(len(g), g[-5:], sum(g))
    src = [3, 1, 4, 1, 5]
    through_a_call(src, src, 300)
    print(len(src), src[-1] % 1000003)
    dst = through_a_call(src, [], 300)
    print(len(dst), sum(dst) % 1000003)
    s = own_length([0], 250)
    print(len(s), sum(s))
    left, right = split(xs, ys)
    print(sum(left), sum(right))
    same = [1.0, 2.0]
    left, right = split(same, same)
    print(left, right)
    mixed = widen(xs, ys)
    print(sum(mixed), [type(v).__name__ for v in mixed[:3]])
