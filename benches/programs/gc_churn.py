# Churns short-lived tuples, strs and small lists: each step builds a pair
# (i, str(i)), an f-string label and a two-item list, and records the step
# in a dict of recent items that is trimmed every 1000 steps. Almost
# everything dies young, so the work is allocation and collection.
import sys
from numba import njit


@njit
def gc_churn(n):
    recent = {}
    total = 0
    for i in range(n):
        pair = (i, str(i))
        label = f"{pair[1]}:{i % 7}"
        parts = [pair[1], label]
        total += len(parts[0]) + len(parts[1])
        recent["r" + str(i % 3000)] = pair[0]
        if i % 1000 == 999:
            old = [k for k in recent if recent[k] < i - 1500]
            for k in old:
                del recent[k]
    kept = 0
    for k in recent:
        kept += recent[k]
    return total, len(recent), kept


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
total, size, kept = gc_churn(n)
print("%d %d %d" % (total, size, kept))
