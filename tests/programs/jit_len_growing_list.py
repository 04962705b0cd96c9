xs = []
marks = []
while len(xs) < 600:
    xs.append(len(xs) * 2)
    if len(xs) % 150 == 0:
        marks.append((len(xs), xs[-1]))
print(marks, len(xs))
s = ""
for i in range(300):
    s += "ab"[i % 2]
print(len(s), s[:10], s.count("a"))
d = {}
for i in range(400):
    d[i % 37] = d.get(i % 37, 0) + len(d)
print(len(d), sum(d.values()))
