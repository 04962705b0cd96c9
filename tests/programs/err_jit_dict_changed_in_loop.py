# A dict changed while a compiled loop walks it raises as in CPython.
d = {}
for i in range(300):
    d[i] = i
n = 0
for k in d:
    n += 1
    if n == 250:
        d[1000] = 0
print(n)
