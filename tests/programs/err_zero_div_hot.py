t = 0
for i in range(500, -1, -1):
    t += 1000 // i
print(t)
