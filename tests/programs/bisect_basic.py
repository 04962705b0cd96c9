import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect_left(a, 2), bisect_right(a, 2), bisect.bisect(a, 2), bisect_left(a, 0), bisect_right(a, 100))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_right(a, 5, hi=3), bisect_left(a, 2, hi=-5))
print(bisect_left((1, 3, 5), 4), bisect_right("aceg", "d"))
b = []
for v in [5, 1, 4, 1, 3]:
    insort(b, v)
print(b)
insort_left(b, 4)
insort_right(b, 4)
print(b)
recs = [("ann", 25), ("bob", 31), ("cy", 40)]
print(bisect_left(recs, 31, key=lambda r: r[1]), bisect_right(recs, 31, key=lambda r: r[1]))
insort(recs, ("dee", 33), key=lambda r: r[1])
print(recs)
insort_left(recs, ("eve", 25), key=lambda r: r[1])
print(recs)

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
xs = list(range(0, 20000, 2))
hits = 0
for q in range(5000):
    i = bisect_left(xs, q)
    if i < len(xs) and xs[i] == q:
        hits += 1
print(hits)

def show(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
show(lambda: bisect.bisect([1], 1, -1))
show(lambda: bisect.bisect(5, 1))
show(lambda: bisect.insort((1,), 1))
show(lambda: bisect.bisect_left([1, 2], 1, x=2))
show(lambda: bisect.bisect())
show(lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10))
show(lambda: bisect.bisect([1, 2], 1, "a"))
show(lambda: bisect.bisect([1, 2], "a"))
