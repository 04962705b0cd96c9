# The truth of bytes, bytearrays, sets, complex numbers and big ranges in a
# compiled loop: the same kind of value, empty (or zero) on some iterations.
# Found by the program generator (seed 376): a trace took b'' as true.
bb = b'abc'
for i in range(46):
    bb = bb[-3:-2] or bb[::-1] or b'q'
print(bb, len(bb))

counts = [0, 0, 0, 0, 0, 0]
ba = bytearray(b'xy')
st = {1, 2}
fs = frozenset([3])
z = 2j
for i in range(60):
    b = b'ab'[: i % 3]
    if b:
        counts[0] += 1
    ba = ba[1:] or bytearray(b'pq')
    if ba:
        counts[1] += 1
    st = st - {i % 3} if i % 2 else st | {i % 4}
    if st:
        counts[2] += 1
    fs2 = fs - {i % 4}
    if fs2:
        counts[3] += 1
    z = complex(i % 3 - 1, 0)
    if z:
        counts[4] += 1
    r = range(2**70, 2**70 + i % 2)
    if r:
        counts[5] += 1
    if not b and not r:
        counts[5] += 100
print(counts, ba, st, z)
