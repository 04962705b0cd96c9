# A generator whose local is unbound for most steps and bound late: compiled
# steps write the frame back with the local unbound, and must see it bound.
def h(xs, flag):
    late = None
    del late
    for x in xs:
        if x % 3 == 0:
            continue
        if x == flag:
            late = x
        yield x
    print("late", late)


t = 0
for v in h(range(600), 500):
    t += v
print(t)
