cases = [
    ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}),
    ("%(a)s %(a)r %(b)5.1f|%(b)-6d|", {"a": "x", "b": 2.25}),
    ("%(a)*d", {"a": 1}),
    ("%(a(b))s", {"a(b)": 3}),
    ("%(a", {"a": 1}),
    ("%(a)s", 5),
    ("%(a)s", (1,)),
    ("%(a)s", [1]),
    ("%(zz)s", {"a": 1}),
    ("%(a)s %%", {"a": 1}),
    ("%s", {"a": 1}),
    ("%(a)s", {"a": 1, "b": 2}),
    ("%()s", {"": 7}),
    ("%y %(zz)s", {}),
    ("%(n)08.3f|%(n)+e|%(i)x|%(i)#o", {"n": 3.14159, "i": 255}),
]
for f, a in cases:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)


class Env:
    def __getitem__(self, key):
        return key.upper()


print("%(home)s/%(user)s" % Env())
print(b"%(x)s-%(y)d" % {b"x": b"hi", b"y": 5})
try:
    print(b"%(x)s" % {"x": b"hi"})
except KeyError as e:
    print("KeyError", e)
