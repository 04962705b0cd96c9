total = 0
counts = []
for i in range(300):
    inner = 0
    for j in range(i % 17):
        inner += j
        total += 1
    if i % 50 == 0:
        counts.append(inner)
print(total, counts)
tri = 0
i = 0
while i < 250:
    k = i % 11
    while k > 0:
        tri += k
        k -= 1
    i += 1
print(tri)
