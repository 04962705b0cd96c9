words = ["alpha", "beta", "gamma", "delta"]
out = []
total = 0
for i in range(400):
    w = words[i % 4]
    if w.startswith("g") or w.endswith("a") and i % 3 == 0:
        total += len(w)
    if i % 80 == 0:
        out.append(w.upper() + str(i))
print(total, out)
s = "the quick brown fox"
cnt = 0
for i in range(300):
    cnt += s.find("o", i % len(s)) + s.count("q")
print(cnt)
built = []
for i in range(250):
    built.append("%d:%s" % (i, chr(97 + i % 26)))
print(",".join(built[-5:]), len(",".join(built)))
