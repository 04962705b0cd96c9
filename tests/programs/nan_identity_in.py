# A NaN is found in a list by identity (CPython tests identity before
# equality), and a NaN computed anew is another object. Rumba's floats are
# values without identity, so it cannot tell the two apart (found by the
# differential fuzz against CPython; see docs/fuzzing.md).
xs = [3.25, float('nan')]
same = xs[1]
fresh = xs[1] * 2
print(same in xs, fresh in xs, fresh == fresh)
print(xs.count(same), xs.count(fresh))
total = 0
for i in range(60):
    if fresh in xs:
        total += 1
print(total)
