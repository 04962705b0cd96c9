# Codec names and error handlers as CPython: unknown names, codecs that are
# not text encodings, backslashreplace and xmlcharrefreplace.
def show(f):
    try:
        print(repr(f()))
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e)


show(lambda: "x".encode("nope"))
show(lambda: "x".encode("hex"))
show(lambda: b"x".decode("Base64"))
show(lambda: bytes("x", "rot13"))
show(lambda: str(b"x", "zlib"))
show(lambda: b"a\xffb".decode("utf-8", "xmlcharrefreplace"))
show(lambda: b"a\xffb".decode("ascii", "backslashreplace"))
show(lambda: b"a\xff\xfeb".decode("utf-8", "backslashreplace"))
show(lambda: b"\xed\xa0\x80".decode("utf-8", "backslashreplace"))
show(lambda: "a\xe9\u20ac\U0001f600".encode("ascii", "backslashreplace"))
show(lambda: "a\xe9\u20ac\U0001f600".encode("latin-1", "xmlcharrefreplace"))
show(lambda: "a\xe9".encode("ascii", "surrogateescape"))
show(lambda: "a\xe9\xea".encode("ascii", "surrogatepass"))
show(lambda: b"a\xe9".decode("ascii", "bogus"))
show(lambda: b"a\xe9".decode("latin-1", "bogus"))
show(lambda: "abc".encode("ascii", "nope"))
out = []
for i in range(200):
    s = "k%d\xe9\u20ac" % i
    out.append(s.encode("ascii", "backslashreplace" if i % 2 else "xmlcharrefreplace"))
print(out[:4], sum(len(b) for b in out))
"x".encode("Hex")
