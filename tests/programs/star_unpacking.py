a, *b = [1, 2, 3]
print(a, b)
*c, d = "xyz"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i = (1,)
print(h, i)
[j, *k] = {"p": 1, "q": 2}
print(j, k)
(m, *n), o = (1, 2, 3), 4
print(m, n, o)
for x, *rest in [(1, 2, 3), (4, 5), [6]]:
    print(x, rest)
first, *_, last = (i * i for i in range(10))
print(first, last)
print([*b, *"ab", 9], (*b, 0), (*b,), {*b, 7}, [*range(3), *(), *[]])
l = [1, 2]
print(*l, sep="-")
print(*l, *l, 3)
print({**{"a": 1}, "b": 2, **{"a": 3}}, {**{}}, dict(**{"z": 0}))
t = *b, *b
print(t)


def f(*args, **kw):
    return args, kw


print(f(*[1, 2], *(3,), **{"k": 1}), f(*"ab", x=1, **{"y": 2}), f(*{5}))


def show(thunk):
    try:
        print(thunk())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)


def unpack_short():
    a, *b, c = [1]
    return a


def unpack_int():
    a, *b = 5
    return a


show(unpack_short)
show(unpack_int)
show(lambda: print(*1))
show(lambda: print(1, *1))
show(lambda: [*1])
show(lambda: {*1})
show(lambda: (*None,))
show(lambda: {**1})
show(lambda: {"a": 1, **[1]})
show(lambda: f(**1))
n = 0
for i in range(3000):
    q, *r = (i, i + 1, i + 2)
    n += q + len(r)
    *s, u = [i, i * 2]
    n += u - s[0]
    row = [*r, q]
    n += row[-1]
print(n)
