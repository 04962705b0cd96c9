# Orderings of one-character strs in hot loops compile to a byte compare
# (both strs one byte long, guarded); longer strs, non-ASCII characters
# and the empty str, met mid-loop, give the interpreter's answers.
text = "The quick brown fox jumps over the lazy dog 0123456789 !?" * 20
counts = [0] * 6
for ch in text:
    if "a" <= ch <= "z":
        counts[0] += 1
    if ch >= "0" and ch < ":":
        counts[1] += 1
    if ch > "Z":
        counts[2] += 1
    if ch != " " and ch <= "@":
        counts[3] += 1
    if ch.lower() == ch.upper():
        counts[4] += 1
print(counts)

mixed = list("azAZ09") * 30 + ["ab", "é", "", "ü", "zz", "a", "~", "\x00"] * 10
table = []
for x in mixed:
    for y in ("a", "é", "m", "", "zz"):
        table.append((x < y, x <= y, x > y, x >= y, x == y, x != y))
print(len(table), sum(sum(t) for t in table), table[:3], table[-5:])
pairs = 0
letters = [chr(c) for c in range(32, 127)] + [chr(c) for c in range(160, 300, 7)]
for a in letters:
    for b in letters:
        if a < b:
            pairs += 1
print(pairs)
