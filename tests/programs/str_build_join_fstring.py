# join, f-strings, % and str() build strs equal to literals and usable as keys.
parts = []
for i in range(300):
    parts.append(str(i % 10))
line = "".join(parts)
print(len(line), line[:12], line[-5:], line.count("9"), line.find("789"), line == "0123456789" * 30)
csv = ",".join(parts[:5])
print(csv, csv == "0,1,2,3,4", csv.split(",") == ["0", "1", "2", "3", "4"])
names = {}
for i in range(300):
    k1 = f"item{i % 7}"
    k2 = "item%d" % (i % 7)
    k3 = "item{}".format(i % 7)
    k4 = "item" + str(i % 7)
    names[k1] = names.get(k1, 0) + 1
    if k1 == k2 == k3 == k4:
        names[k4] += 1
print(names, names["item0"], "item7" in names)
label = f"{3.5:.2f}|{-7:5d}|{'x':>3}|{True}|{None}|{[1, 2.0]}"
print(label, label == "3.50|   -7|  x|True|None|[1, 2.0]")
w = " ".join([f"{i}:{i * 0.5}" for i in range(5)])
print(w, len(w), w.split()[-1] == "4:2.0")
rows = []
for r in range(200):
    rows.append("|".join([str(r), str(r * r), str(r % 3 == 0)]))
print(rows[:3], rows[-1], sum([len(r) for r in rows]), rows.count("3|9|True"))
