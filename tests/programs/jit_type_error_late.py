vals = list(range(350))
vals[333] = "333"
total = 0
for i, v in enumerate(vals):
    total += v * 2
    if i % 111 == 0:
        print(i, total)
print(total)
