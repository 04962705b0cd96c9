# Built-in types' methods taken as values in hot loops (`max(d, key=d.get)`,
# `f = seq.count`): each taking makes a new bound method, and compiled
# code checks what it is (its name and its receiver's kind), not which
# object it is; the receiver changes kind and the name changes too.

def best_keys(n):
    out = []
    for i in range(n):
        d = {"a": i % 5, "b": (i * 3) % 7, "c": (i * 5) % 11, "d": 4}
        out.append(max(d, key=d.get) + min(d, key=d.get))
    return out

print(best_keys(60)[-10:])


def counts(seqs):
    total = []
    for s in seqs:
        f = s.count
        total.append(f(1) if not isinstance(s, str) else f("a"))
    return total

seqs = [[1, 2, 1], (1, 1, 1, 3), "banana", [0], (2,), "aaa"] * 10
print(counts(seqs)[:12], sum(counts(seqs)))


def callers(n):
    words = ["pear", "Fig", "kiwi", "Plum"]
    acc = []
    for i in range(n):
        w = words[i % 4]
        up = w.upper if i % 3 else w.lower
        acc.append(up())
        get = {"x": i}.get
        acc.append(get("x", -1) + get("y", -1))
    return acc

print(callers(40)[-12:])


def mixed_receivers(n):
    # The same name on a list, a tuple and a str, then a method of a
    # number (an int's own, compiled the old way), in one loop.
    things = [[3, 1, 2], (3, 1, 2), "312", 312]
    out = []
    for i in range(n):
        t = things[i % 4]
        if isinstance(t, int):
            m = t.bit_length
            out.append(m())
        else:
            m = t.index
            out.append(m(1) if not isinstance(t, str) else m("1"))
    return out

print(mixed_receivers(48))

# A method bound once and kept, called after its receiver changed.
xs = []
push = xs.append
for i in range(30):
    push(i * i)
print(len(xs), xs[-3:], sorted(["b", "A", "c"], key=str.lower), sorted({"k": 2, "j": 1}.items(), key=lambda kv: kv[1]))


# The callee read from a list, so one call site meets methods of several
# names and receivers of several kinds, with no branch between them.
def rotate(n):
    w = "MiXeD cAsE"
    out = []
    for i in range(n):
        fs = [w.upper, w.lower, w.swapcase, w.title]
        f = fs[i % 4]
        out.append(f())
    return out

print(rotate(24)[-4:], len(set(rotate(24))))


def kinds(n):
    a = [1, 2, 1, 1]
    b = (1, 2)
    d = {1: "one"}
    s = {1, 5}
    out = []
    for i in range(n):
        fs = [a.count, b.count, a.index, b.index, d.get, s.__contains__]
        f = fs[i % 6]
        out.append(f(1))
    return out

print(kinds(36)[-12:])
