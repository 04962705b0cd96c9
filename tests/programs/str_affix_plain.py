# startswith/endswith of one str (the fast path compares bytes) against
# the general path (tuples, windows), with non-ASCII text and empty strs.
tests = ["", "a", "ab", "héllo", "hé", "llo", "é", "lo", "xyz", "ñandú", "dú"]
out = []
for _ in range(30):
    for h in tests:
        for a in tests:
            out.append((h.startswith(a), h.endswith(a)))
print(sum(1 for p in out if p[0]), sum(1 for p in out if p[1]), out[:20])
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1, 2))
