# Two lookups in one loop body, each in its own try: the trace records one
# raising and the other not, and later iterations turn both ways. The
# exception a handler receives is always the one its own lookup raised,
# and a lookup that succeeds where the trace expected it to raise gives
# its value.

d1 = {k: k for k in range(0, 400, 2)}
d2 = {k: -k for k in range(0, 400, 3)}
log = []
total = 0
for k in range(1, 400):
    try:
        a = d1[k]
    except KeyError as e:
        a = 1000 + e.args[0]
    try:
        b = d2[k]
    except KeyError as e:
        b = 2000 + e.args[0]
    total += a + b
    if k % 37 == 0:
        log.append((k, a, b))
print(total)
print(log)

# int() raising only on some iterations, next to a dict lookup that
# raises on others.
vals = [str(i) if i % 5 else "x" for i in range(300)]
acc = 0
for i, v in enumerate(vals):
    try:
        n = int(v)
    except ValueError as e:
        n = len(e.args[0])
    try:
        m = d1[i]
    except KeyError:
        m = -1
    acc += n * 3 + m
print(acc)
