# The iterators the dispatch loop steps inline (range, list, tuple, str)
# next to the ones it leaves to the general path: mixed ASCII and
# multi-byte characters, a list that grows while it is walked, an
# exhausted iterator asked again.
text = "ab€c日d\u00e9!"
out = []
for ch in text:
    out.append(ch)
print(out, len(out))

counts = {}
for ch in "hello wörld, héllo wörld":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))

items = [1, 2, 3]
for x in items:
    if x < 6:
        items.append(x + 3)
print(items)

for t in (1, "two", 3.0, None):
    print(t, end=" ")
print()

it = iter([7])
print(next(it), next(it, "done"), next(it, "done"))
s = iter("é")
print(next(s), next(s, "end"))
total = 0
for r in range(3):
    for ch in "x€y":
        total += ord(ch)
print(total)
