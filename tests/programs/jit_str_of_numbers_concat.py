# str(x) of numbers and s + t of strs inside hot loops, the way scripts
# build keys and lines; the values change type and sign mid-loop, so the
# compiled loop's guards fail and the interpreter takes over with the
# right values.
def keys(n):
    out = []
    for i in range(n):
        x = i * 7919 - 500
        if i > n // 2:
            x = x * 1000000000007
        out.append("k" + str(x))
    return out


ks = keys(300)
print(len(ks), ks[0], ks[150], ks[151], ks[-1])


def floats(n):
    s = ""
    for i in range(n):
        v = i / 8 - 3.0
        if i == n - 3:
            v = float("nan")
        elif i == n - 2:
            v = -0.0
        elif i == n - 1:
            v = 1e16 * 3
        s += str(v) + ";"
    return s


fs = floats(60).split(";")
for k in range(0, len(fs), 8):
    print(";".join(fs[k:k + 8]))


def mixed(n):
    parts = []
    for i in range(n):
        v = i if i % 50 else i / 3
        parts.append("é" + str(v) + "→")
    return "".join(parts)


print(mixed(200)[-60:])


def joins(n):
    word = ""
    for i in range(n):
        word = word + "ab"[i % 2]
        if len(word) > 9:
            word = word[3:]
    return word


print(joins(1000))


def breaks(n):
    total = ""
    for i in range(n):
        piece = "x" if i < n - 1 else i
        try:
            total = total + piece
        except TypeError as e:
            print(len(total), e)
    return total[:5]


print(breaks(120))


def same_objects(n):
    # An empty operand gives the other str back, the same object.
    s = "abc" * 3
    hits = 0
    for i in range(n):
        t = "" if i % 3 else "z"
        hits += (s + t) is s
        hits += (t + s) is s
    return hits


print(same_objects(90))
