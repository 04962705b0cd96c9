# f-string fields in hot loops: a str field is its own text, an int's
# digits go straight into the new str, and the joined result counts its
# characters from its parts. The field's type changes mid-loop, so a
# compiled loop's guards fail and the interpreter takes over.

def build(values):
    out = []
    for v in values:
        out.append(f"<{v}>")
    return out

words = ["a", "héllo", "", "ünï", "x" * 5]
values = words * 4 + [1, -20, 0, 2**62, True, 3.5, None, (1, "b")] + words * 3
for s in build(values):
    print(s, len(s))

# `!s`, `!r`, `!a` and specs, a constant and a computed one that is empty.
def fields(items, width):
    rows = []
    for i, w in enumerate(items):
        rows.append(f"{w!s}|{w!r}|{w!a}|{w:>6}|{w:{width}}|{i:03d}|{i}")
    return rows

for row in fields(words * 6, ""):
    print(row)
for row in fields(["é", "ab"] * 5, "<4"):
    print(row)

# Parts that are slices of the text being built (ASCII and not), with
# bounds of every sign, clipped or not.
def grow(seed, n):
    s = seed
    for i in range(n):
        s = f"{s[-3:]}{i}{s[:2]}{s[1:-1][::2]}"
    return s

for seed in ["abcdef", "αβγδεζ", "a", ""]:
    r = grow(seed, 40)
    print(r, len(r), r[2:5], r[-4:], r[::-3][:6], r[100:], r[-100:2])

# Lengths of joined strs with multi-byte characters, and str methods on
# them (they read the character count the join recorded).
acc = []
for i in range(60):
    t = f"{'ß' * (i % 3)}{i}{'€' if i % 2 else ''}"
    acc.append((len(t), t.upper(), t[::-1], t.find("€"), t[len(t) - 1:]))
print(acc[:5], acc[-5:])
print(sum(a[0] for a in acc))

# A field of a str and then of an int in the same compiled loop.
def mixed(n):
    total = 0
    for i in range(n):
        v = "seven" if i % 7 else i
        total += len(f"{v}:{v}")
    return total

print(mixed(500))
