# io.BytesIO (write, read, seek past the end, truncate, lines, errors, with) and sys.stdout.buffer.
import sys, io
b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.read(3), b.read(), b.read())
b.seek(2); b.write(b"XY"); print(b.getvalue())
b.seek(20); b.write(b"!"); print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(list(b))
print(io.BytesIO(b"a\nb\nc").readlines())
try:
    b.write("str")
except TypeError as e:
    print(e)
b.close()
print(b.closed)
try:
    b.getvalue()
except ValueError as e:
    print(e)
with io.BytesIO(b"xyz") as f:
    print(f.read(2), f.seek(-1, 2), f.read())
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print(sys.stdout.buffer.write(b"abc\n"))
print(type(sys.stdin.buffer).__name__)
