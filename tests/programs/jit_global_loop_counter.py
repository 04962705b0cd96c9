total = 0
count = 0
def tick(v):
    global total, count
    total += v
    count += 1
for i in range(600):
    tick(i if i % 2 else -i)
print(total, count)
g = 1.0
def scale():
    global g
    g = g * 1.01
for i in range(300):
    scale()
print(g)
