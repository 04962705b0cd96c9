def combine(a, b):
    return a + b * 2
ints = 0
for i in range(300):
    ints = combine(ints, i) % 1000003
floats = 0.0
for i in range(300):
    floats = combine(floats, i * 0.5)
strs = ""
for i in range(300):
    strs = combine(strs[-20:], str(i % 10))
lists = []
for i in range(300):
    lists = combine(lists[-4:], [i])
print(ints, floats, strs, lists)
