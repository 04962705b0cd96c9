scale = 1
def bump():
    global scale
    scale += 1
total = 0
for i in range(600):
    total += scale
    if i % 100 == 99:
        bump()
print(total, scale)
