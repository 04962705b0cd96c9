# re.sub with a str replacement and re.compile of new patterns in hot
# loops, compiled: the same strings as the interpreter, and a callable
# replacement still called as the interpreter calls it.
import re

lines = ["item %d: %s" % (i, "ab" * (i % 5)) for i in range(400)]
out = []
for line in lines:
    s = re.sub(r"\d+", "#", line)
    s = re.sub("b", "B", s, count=1)
    out.append(s)
print(len(out), out[7], out[-1], sum(len(s) for s in out))
n = 0
for i in range(200):
    p = re.compile("a{%d}" % (i % 7 + 1))
    n += len(p.findall("a" * 20))
print(n)
calls = []
for i in range(100):
    t = re.sub(r"\d", lambda m: str(int(m.group()) + 1), "x%dy" % i)
    calls.append(t)
print(calls[5], calls[99])
