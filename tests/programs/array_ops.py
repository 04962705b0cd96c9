# array.array: typecodes, conversions, the sequence operations, reprs.
import array
from array import array as Array

print(array.typecodes, array.array, Array is array.array, array.ArrayType is array.array)
a = array.array('B', [1, 2, 250])
print(a, repr(a), str(a), len(a), a[0], a[-1], a.typecode, a.itemsize, type(a))
print([array.array(t).itemsize for t in 'bBhHiIlLqQfd'], array.array('d'), array.array('q', []))
f = array.array('f', [0.1, 2, 3.5, True])
d = array.array('d', (0.1, 2, -0.0))
print(f, f[0], f.tolist(), d, d[2], sum(d))
print(array.array('Q', [2**64 - 1, 2**63]), array.array('L', [2**63 + 5])[0], array.array('q', [-2**63]))
print(array.array('b', range(-3, 3)), array.array('h', array.array('b', [7, 8])), array.array('i', iter([4, 5])))
a.append(9)
a.extend([3, 3])
a.extend(array.array('B', [4]))
a.insert(0, 100)
a.insert(-100, 101)
a.insert(100, 102)
print(a, a.count(3), a.index(3), 3 in a, 77 in a, 2.0 in a, a.index(2.0))
a[1] = 255
a[-1] = 0
del a[0]
print(a, a.pop(), a.pop(0), a)
a.remove(3)
a.reverse()
print(a, list(a), tuple(a), sorted(a), list(reversed(a)), max(a))
print(a[1:3], a[::-1], a[::2], a[5:1], type(a[1:3]).__name__)
a[1:3] = array.array('B', [7, 7, 7])
del a[::3]
print(a)
b = a + array.array('B', [1])
c = a * 2
print(b, c, 2 * a, a == array.array('B', a.tolist()), a == array.array('h', a.tolist()), a == a.tolist(), a != b, a < b, b > a, a <= a)
t = a
a += array.array('B', [5])
a *= 2
print(a is t, a)
a.fromlist([8, 9])
print(a, a.tolist()[-2:], bool(a), bool(array.array('b')))
for i, x in enumerate(array.array('H', [10, 20, 30])):
    print(i, x, end="; ")
print()

# Range checks, with CPython's messages.
for code in 'bBhHiIlLqQ':
    out = []
    for v in [2**7, -2**7 - 1, 2**8, -1, 2**15, 2**16, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64]:
        try:
            array.array(code, [v])
            out.append("ok")
        except OverflowError as e:
            out.append(str(e))
    print(code, out)

for bad in [lambda: array.array('z'), lambda: array.array('b', [1.5]), lambda: array.array('d', ['x']),
            lambda: array.array('b', 'ab'), lambda: array.array('b', [1])[3], lambda: array.array('b', [1])['x'],
            lambda: array.array('b', [1]).__setitem__(3, 1), lambda: array.array('b', [1]) + [1],
            lambda: array.array('b', [1]) + array.array('B', [1]), lambda: array.array('b').extend(array.array('h')),
            lambda: array.array('b').pop(), lambda: array.array('b', [1]).pop(5), lambda: array.array('b', [1]).index(5),
            lambda: array.array('b', [1]).remove(5), lambda: array.array(), lambda: array.array(1), lambda: array.array('bb'),
            lambda: hash(array.array('b')), lambda: array.array('d', [1]) < 5, lambda: array.array('b', [1], 2),
            lambda: array.array('b', initializer=[1]), lambda: array.array('b', 5), lambda: array.array('b') * 'x',
            lambda: array.array('d', [None]), lambda: array.array('b').__iadd__([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

x = array.array('B', [0] * 4)
x[2] = 256
