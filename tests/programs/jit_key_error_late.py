table = {}
for i in range(260):
    table[i] = i * i
s = 0
i = 0
while True:
    s += table[i]
    i += 1
    if i % 50 == 0:
        print(i, s)
