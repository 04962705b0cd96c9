def inv(x):
    return 1.0 / x
s = 0.0
for i in range(600):
    s += inv(300.0 - i)
    if i % 100 == 0:
        print(i, round(s, 9))
print(s)
