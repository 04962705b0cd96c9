def bubble(xs):
    xs = xs[:]
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps, i
data = [(i * 7919) % 211 - 100 for i in range(200)]
s, swaps, passes = bubble(data)
print(s[:8], s[-8:], swaps, passes, s == sorted(data))
fl = [((i * 37) % 101) / 7.0 - 5 for i in range(150)]
s2, sw2, p2 = bubble(fl)
print(s2[:3], s2[-3:], sw2, p2)
st = [str((i * 13) % 50) for i in range(120)]
s3, sw3, p3 = bubble(st)
print(s3[:5], sw3, p3)
