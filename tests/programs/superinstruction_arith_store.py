# Arithmetic whose result goes straight into a local (one superinstruction
# for the operator and the store): every type mix, augmented and plain,
# in loops hot enough to compile, and an error raised from the first half.
def mix(n):
    i = 0
    f = 0.5
    s = "a"
    items = [0]
    total = 0
    for k in range(n):
        i = i + k
        i = i - 1
        f = f * 1.0001
        f = f + k
        g = k * 2.5
        h = g - i
        s += "b" if k % 7 == 0 else ""
        items += [k]
        total += len(items) % 3
        t = (k,) + (k,)
        total = total + t[1] - k
    return i, round(f, 3), round(h, 3), len(s), len(items), total


print(mix(300))


def bad(values):
    acc = 0
    for v in values:
        acc = acc + v
    return acc


print(bad([1, 2.5, True]))
print(bad([1, 2, "three"]))
