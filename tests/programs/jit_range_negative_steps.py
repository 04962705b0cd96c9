t = 0
for i in range(1000, 0, -3):
    t += i
print(t, i)
u = 0
for i in range(-1, -700, -2):
    u += i
print(u, i)
v = []
for i in range(300, -300, -7):
    if i % 50 == 0:
        v.append(i)
print(v)
w = 0
for i in range(0, 10, -1):
    w += 1
print(w)
for i in range(250, 0, -1):
    pass
print(i)
s = 0
for k in reversed(range(400)):
    s = s * 3 % 1000003 + k
print(s)
