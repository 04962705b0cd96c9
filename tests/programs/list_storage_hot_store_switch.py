# Index stores in compiled loops where a later store does not fit the list.
def run(n, when, value):
    xs = [0] * n
    for i in range(n):
        xs[i] = i + 1
        if i == when:
            xs[i - 1] = value
    return xs


for v in [2.5, "two", None, False, 1.0, -0.0]:
    xs = run(300, 200, v)
    print(xs[198:202], xs.count(v))

fs = [0.0] * 300
for i in range(300):
    fs[i] = i / 4
    if i > 280:
        fs[i] = i
print(fs[278:284], sum(fs))

bs = [False] * 300
for i in range(300):
    bs[i] = i % 2 == 1
    if i % 100 == 99:
        bs[i] = i
print(bs[97:102], bs[-2:], sum(bs))

ws = list(range(300))
k = 0
while k < 300:
    ws[k] = ws[k] * 0.5 if k % 2 else ws[k] // 2
    k += 1
print(ws[:6], ws[-2:], sum(ws))
