lo = hi = 0
for i in range(600):
    if i < 300:
        lo += i
    else:
        hi += i
print(lo, hi)
flips = 0
state = True
for i in range(1000):
    if i % 50 == 0:
        state = not state
    if state:
        flips += 1
    else:
        flips -= 1
print(flips)
