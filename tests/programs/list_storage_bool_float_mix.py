# Bool lists given floats and float lists given bools; the three numeric
# kinds side by side in one list keep their own reprs.
bs = [True, False, True]
bs[1] = 0.0
print(bs, sum(bs), bs == [1, 0, 1], bs == [True, False, True])
fs = [0.0, 1.0]
fs[0] = False
print(fs, fs == [0, 1], fs.count(0), fs.index(1))

mix = []
for i in range(300):
    if i % 3 == 0:
        mix.append(i)
    elif i % 3 == 1:
        mix.append(float(i))
    else:
        mix.append(i % 2 == 0)
print(mix[:9], mix[-3:])
print(sum(mix), mix.count(True), mix.count(1), mix.count(1.0))
s = 0.0
for m in mix:
    s += m * 0.5
print(s)
print(max(mix), min(mix), max(mix[:3]), min(mix[1:3]))
