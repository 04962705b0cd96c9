parts = []
for i in range(400):
    parts.append(str(i % 10))
s = "".join(parts)
print(len(s), s[:20], s.count("7"))
w = ""
for i in range(300):
    w += chr(97 + i % 26)
print(w[:30], w[-5:])
