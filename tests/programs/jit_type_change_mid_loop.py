x = 0
for i in range(600):
    if i == 200:
        x = float(x)
    if i == 400:
        x = str(x)
    if isinstance(x, str):
        x = x[:8] + "."
    else:
        x = x + i
print(x, type(x).__name__ if False else len(str(x)))
acc = 0
for i in range(500):
    v = i if i % 3 else i * 0.5
    acc = acc + v
print(acc)
