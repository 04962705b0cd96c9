# A file with CRLF line ends: a backslash continues a string literal, a
# statement and a triple-quoted string across them, as CPython reads it.
x = "abc \
def"
print(x)
y = """a
b"""
print(repr(y))
z = r"q\
w"
print(repr(z))
b = b"\
k"
print(b)
total = 1 + \
    2
print(total)
for i in range(3):
    s = "%d\
!" % i
    print(s)
