# io.StringIO: writing, print(file=), reading lines back, seeking,
# truncating, closing, and CPython's errors.
import io
from io import StringIO

s = io.StringIO()
print(type(s), type(s).__name__, StringIO is io.StringIO, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(s.write("héllo\n"), s.tell(), repr(s.getvalue()))
print("x", 1, 2.5, None, sep="-", end="!\n", file=s)
print(file=s)
print([1, "a"], (2,), {"k": 3}, file=s)
s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.tell())
print(s.seek(0), s.read(3), s.tell(), repr(s.readline()), repr(s.readline(2)), s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
count = 0
for line in s:
    count += len(line)
print(count, repr(s.read()), repr(s.readline()))
s.seek(2)
s.write("ZZ")
print(repr(s.getvalue()), s.tell())
s.seek(len(s.getvalue()) + 3)
s.write("!")
print(repr(s.getvalue()[-6:]), len(s.getvalue()))
t = io.StringIO("abc\ndef")
print(t.tell(), repr(t.read()), repr(t.read()), t.seek(0, 2), t.truncate(2), repr(t.getvalue()), t.tell())
print(t.readable(), t.writable(), t.seekable(), t.closed, t.flush())
t.close()
t.close()
print(t.closed)
print(io.StringIO(initial_value="q").read(), repr(io.StringIO(None).getvalue()), io.StringIO("a\nb", newline="\n").readlines())
with io.StringIO() as w:
    w.write("inside with")
    print(w.getvalue())
print(w.closed)
u = io.StringIO("αβγ\nδ")
print(u.read(2), u.tell(), repr(u.readline()), u.read(), u.seek(1), u.write("Ω"), u.getvalue())

for bad in [lambda: t.write("x"), lambda: t.getvalue(), lambda: t.read(), lambda: t.tell(), lambda: io.StringIO().write(1),
            lambda: io.StringIO(5), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(1, 2), lambda: io.StringIO().seek(0, 3), lambda: io.StringIO().read("x"),
            lambda: io.StringIO("a", "x"), lambda: next(io.StringIO()), lambda: io.StringIO().missing,
            lambda: io.StringIO().truncate(-1), lambda: print("p", file=t)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

closed = io.StringIO()
closed.close()
closed.write("late")
