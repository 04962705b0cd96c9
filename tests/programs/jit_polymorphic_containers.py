def total_len(x):
    return len(x)
seqs = [[1, 2], (3,), "abcd", {"a": 1}, range(7)]
s = 0
for i in range(500):
    s += total_len(seqs[i % 5])
print(s)
def first(x):
    return x[0]
out = []
for i in range(400):
    v = first(seqs[i % 3])
    if i % 100 < 3:
        out.append(v)
print(out)
