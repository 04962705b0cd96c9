# Many short-lived strs: built with str(), f-strings, slicing and
# concatenation, looked up and dropped in hot loops.
length = 0
for i in range(40000):
    s = str(i)
    t = f"<{s}>"
    u = t[1:-1] + "!" + s
    length += len(u)
print(length)
counts = {}
for i in range(40000):
    k = "k" + str(i % 37)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts["k0"], counts["k36"])
last = ""
for i in range(30000):
    last = ("x" * (i % 5)) + str(i % 97) + last[:3]
print(last)
lines = []
for i in range(20000):
    line = ",".join([str(i), str(i * 2), "z"])
    if i % 5000 == 0:
        lines.append(line)
print(lines, sum([len(x) for x in lines]))
