# StringIO in hot loops: many small writes and prints into one stream,
# then reading it back line by line; a stream made and read per round.
import io

out = io.StringIO()
for i in range(3000):
    if i % 3 == 0:
        print(i, i * i, sep=",", file=out)
    else:
        out.write("%d;" % i)
        out.write("\n")
text = out.getvalue()
print(len(text), text[:30].replace("\n", "|"), out.tell())

out.seek(0)
total = 0
lines = 0
for line in out:
    lines += 1
    total += int(line.split(",")[0].rstrip(";\n"))
print(lines, total)

out.seek(0)
longest = ""
while True:
    line = out.readline()
    if not line:
        break
    if len(line) > len(longest):
        longest = line
print(repr(longest))

checksum = 0
for r in range(1200):
    s = io.StringIO()
    s.write("row %d\n" % r)
    print(r % 7, file=s, end="")
    s.seek(0)
    checksum += len(s.read()) + len(s.getvalue())
print(checksum)

s = io.StringIO()
for i in range(1500):
    s.write("x")
    if i == 1400:
        s.close()
