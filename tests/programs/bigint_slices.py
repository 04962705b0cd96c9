# Big ints as slice bounds are clipped, as CPython clips them.
xs = list(range(10))
print(xs[:2 ** 100], xs[-(2 ** 100):3], xs[2 ** 70:], xs[::2 ** 80], xs[::-(2 ** 80)])
print("abcdef"[1:2 ** 64], (1, 2, 3)[-(2 ** 64):2 ** 64])
ys = list(range(6))
ys[2 ** 70:] = [9]
print(ys)
del ys[:2 ** 90]
print(ys)
