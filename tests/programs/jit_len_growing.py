xs = []
i = 0
while len(xs) < 400:
    xs.append(i)
    i += len(xs) % 3
print(i, len(xs), xs[-1])
s = ""
while len(s) < 300:
    s += "ab"
print(len(s))
