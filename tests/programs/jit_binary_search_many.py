def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = [i * 3 for i in range(1000)]
found = 0
total_steps = 0
for t in range(0, 3000, 7):
    idx, st = bsearch(xs, t)
    if idx >= 0:
        found += 1
    total_steps += st
print(found, total_steps, bsearch(xs, 2997), bsearch(xs, -1), bsearch(xs, 1500.0))
