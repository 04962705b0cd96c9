# expected: hand-written (CPython has these codecs; Rumba names each as not supported)
def show(f):
    try:
        print(repr(f()))
    except (LookupError, UnicodeError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)


show(lambda: "x".encode("utf-7"))
show(lambda: b"x".decode("CP1252"))
show(lambda: bytes("x", "Shift-JIS"))
show(lambda: str(b"x", "koi8_r"))
show(lambda: "x".encode("windows-1252"))
show(lambda: b"a\xe9".decode("ascii", "surrogateescape"))
show(lambda: "\xe9".encode("ascii", "namereplace"))
print("x".encode("cp437"))
