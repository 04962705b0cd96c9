# Sorting lists of 64 items or more that hold nan: CPython's sort merges
# runs with galloping, and where each nan lands follows from those steps.
nan = float("nan")
ys = [(i * 37) % 101 * 0.5 for i in range(300)]
ys[50] = nan
ys[170] = nan
s = sorted(ys)
print(s[:6], s[45:55], s[-4:])

zs = [float((i * 7) % 13) for i in range(64)]
zs[3] = nan
print(sorted(zs))
ws = [float((i * 11) % 97) for i in range(200)]
for k in range(0, 200, 40):
    ws[k] = nan
ws.sort(reverse=True)
print(ws[:12], ws[-12:])
