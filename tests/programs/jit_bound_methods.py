# Methods of built-in types taken once and called in a hot loop, as the
# pyperformance fannkuch kernel does (perm1_ins = perm1.insert); and
# list.pop in compiled code, on lists of ints, floats, bools and objects.
perm = list(range(9))
ins = perm.insert
pop = perm.pop
for i in range(500):
    ins(i % 7, pop(0))
print(perm)

floats = [x * 0.5 for x in range(40)]
fpop = floats.pop
fapp = floats.append
total = 0.0
for i in range(300):
    v = fpop()
    total += v
    fapp(v + 1.0)
print(total, len(floats), floats[:3])

flags = [True, False] * 20
bpop = flags.pop
count = 0
for i in range(30):
    if bpop(-1):
        count += 1
print(count, len(flags))

words = ["a", "bb", "ccc"] * 30
wpop = words.pop
wapp = words.append
size = 0
for i in range(200):
    w = wpop(0)
    size += len(w)
    wapp(w + "x" if len(w) < 5 else w[:1])
print(size, words[:4])

stack = list(range(100))
spop = stack.pop
acc = 0
while len(stack) > 3:
    acc += spop() * spop(0)
print(acc, stack)

d = {"x": 1, "y": 2}
get = d.get
hits = 0
for i in range(400):
    hits += get("x" if i % 3 else "z", 10)
print(hits)

# A list whose storage changes between calls of its bound pop.
mixed = list(range(50))
mpop = mixed.pop
s = 0
for i in range(40):
    if i == 20:
        mixed.append(2.5)
    s += mpop()
print(s, len(mixed))
