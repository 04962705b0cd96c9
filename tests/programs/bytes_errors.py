# Errors of bytes operations, with CPython's messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("index", lambda: b"abc"[5])
key = "x"
attempt("str index", lambda: b"abc"[key])
attempt("concat str", lambda: b"a" + "b")
attempt("concat to str", lambda: "b" + b"a")
attempt("concat int", lambda: b"a" + 1)
attempt("order", lambda: b"a" < "b")
attempt("in str", lambda: "a" in b"abc")
attempt("in 300", lambda: 300 in b"abc")
attempt("in -1", lambda: -1 in b"abc")
attempt("mul float", lambda: b"a" * 2.0)
attempt("hash ba", lambda: hash(bytearray(b"a")))
attempt("ctor range", lambda: bytes([1, 300]))
attempt("ctor str item", lambda: bytes(["a"]))
attempt("ctor float", lambda: bytes(1.5))
attempt("ctor None", lambda: bytes(None))
attempt("ctor no encoding", lambda: bytes("abc"))
attempt("ctor int encoding", lambda: bytes(3, "utf-8"))
attempt("ctor negative", lambda: bytes(-1))
attempt("index not found", lambda: b"abc".index(b"z"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex bad", lambda: bytes.fromhex("zz"))
attempt("split str", lambda: b"a,b".split(","))
attempt("split empty", lambda: b"a,b".split(b""))
attempt("join str", lambda: b",".join([b"a", "b"]))
attempt("join int", lambda: b",".join([b"a", 1]))
attempt("strip str", lambda: b"abc".strip("a"))
attempt("startswith str", lambda: b"abc".startswith("a"))
attempt("find str", lambda: b"abc".find("a"))
attempt("find 256", lambda: b"abc".find(256))
attempt("decode bad codec", lambda: b"abc".decode("foo"))
attempt("int of bytes", lambda: int(b"12"))
attempt("fmt spec", lambda: format(b"ab", "10"))
attempt("no attr", lambda: b"abc".append(1))
try:
    x = b"abc"
    x[0] = 1
except TypeError as e:
    print("assign:", e)
try:
    del x[0]
except TypeError as e:
    print("delete:", e)
b"abc"[-4]
