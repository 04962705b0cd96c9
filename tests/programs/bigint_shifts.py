# Shifts of every size; negative counts and huge counts.
print(1 << 100, -1 << 100, 3 << 62, (2 ** 70) << 10)
print((2 ** 70) >> 3, (-(2 ** 70)) >> 3, (-(2 ** 70) - 1) >> 69, (2 ** 70) >> 200, (-(2 ** 70)) >> 200)
print((-1) >> (2 ** 100), 5 >> (2 ** 100), 0 << (2 ** 100))
for e in ["1 << -1", "(2 ** 70) << -1", "(2 ** 70) >> -1", "1 << 2 ** 100"]:
    try:
        if e == "1 << -1":
            1 << -1
        elif e == "(2 ** 70) << -1":
            (2 ** 70) << -1
        elif e == "(2 ** 70) >> -1":
            (2 ** 70) >> -1
        else:
            1 << 2 ** 100
    except (ValueError, OverflowError) as x:
        print(e, type(x).__name__, x)
acc = 1
for k in range(0, 200, 7):
    acc = (acc << k) >> (k - 1 if k > 0 else 0)
print(acc)
