# Comprehensions in hot loops record their appends; the element type
# changes partway, so the list changes storage inside compiled code.
rows = []
for k in range(120):
    row = [i * 0.5 if i % 7 else i for i in range(k % 13 + 1)]
    rows.append(sum(row))
print(rows[:6], rows[-3:], len(rows))

words = []
for k in range(200):
    words = [w.upper() if len(w) > 3 else w for w in ["ab", "abcd", "xyz", str(k)]]
print(words)

mixed = []
for k in range(300):
    mixed = [x for x in (1, 2.5, True, None, "s", k) if x is not None]
print(mixed, len(mixed))
