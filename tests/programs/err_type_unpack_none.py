def minmax(xs):
    if xs:
        return min(xs), max(xs)
lo, hi = minmax([4, 2, 8])
print(lo, hi)
lo, hi = minmax([])
