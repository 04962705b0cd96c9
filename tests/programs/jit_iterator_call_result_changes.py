# A trace calls a built-in on an iterator (`sum(iter(ns))`, `min(zip(a, b))`);
# the call takes the iterator's items. When what it gives changes type (an
# int grown into a big int) or it raises, the interpreter must not make the
# call again on the spent iterator: found by the diff_jit fuzz target (a
# sum that came out 0 with the JIT).


def sums(n):
    ns = [-9007199254740993, -9223372036854775808, 4611686018427387904, 4611686018427387904]
    out = []
    for i in range(n):
        out.append(sum(iter(ns)))
        ns[1] = ns[1] - 10**18
    return out


print(sums(14))

# The same at module level, where the fuzz target found it.
ns = [-9007199254740993, -9223372036854775808, 4611686018427387904, 4611686018427387904]
for i in range(14):
    s = sum(iter(ns))
    ns[1] = ns[1] - 10**18
    print(i, s)


def mins(n):
    got = []
    for i in range(n):
        a = list(range(i % 4))
        try:
            got.append(min(zip(a, a)))
        except ValueError as e:
            got.append(str(e))
    return got


print(mins(12))


def mixed(n):
    got = []
    xs = [1, 2, 3]
    for i in range(n):
        it = iter(xs)
        got.append(max(it))
        got.append(sum(it))
        if i == 6:
            xs = [1.5, 2.5]
        if i == 9:
            xs = [10**30, 1]
    return got


print(mixed(12))
