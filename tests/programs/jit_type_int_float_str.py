x = 0
trace = []
for i in range(900):
    if i < 300:
        x = x + i
    elif i < 600:
        if i == 300:
            x = float(x)
        x = x + 0.5
    else:
        if i == 600:
            x = str(x)
        x = x[-3:] + str(i % 10)
    if i % 150 == 0 or i in (299, 300, 599, 600, 601):
        trace.append((i, x))
for t in trace:
    print(t)
print(x, type(x))
