evals = 0
def mid(x):
    global evals
    evals += 1
    return x
inside = 0
for i in range(500):
    if 100 < mid(i) < 300:
        inside += 1
print(inside, evals)
c = 0
for i in range(400):
    if 0 <= i % 10 < 5 <= i % 7 + 3 != 8:
        c += 1
print(c)
