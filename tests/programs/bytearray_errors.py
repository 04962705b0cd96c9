# Errors of bytearray operations, with CPython's messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
ba = bytearray(b"abc")
def setitem(i, v):
    ba[i] = v
attempt("set 256", lambda: setitem(0, 256))
attempt("set -1", lambda: setitem(0, -1))
attempt("set str", lambda: setitem(0, "a"))
attempt("set out", lambda: setitem(10, 1))
attempt("get out", lambda: ba[10])
attempt("get str", lambda: ba["a"])
attempt("append 999", lambda: ba.append(999))
attempt("append str", lambda: ba.append("x"))
attempt("extend int", lambda: ba.extend(5))
attempt("extend str", lambda: ba.extend("ab"))
attempt("extend bad item", lambda: ba.extend([1, 1000]))
attempt("pop out", lambda: ba.pop(10))
attempt("pop empty", lambda: bytearray().pop())
attempt("remove missing", lambda: ba.remove(122))
attempt("hash", lambda: hash(ba))
attempt("dict key", lambda: {ba: 1})
attempt("ctor", lambda: bytearray([1, 300]))
attempt("ctor float", lambda: bytearray(1.5))
attempt("concat str", lambda: ba + "x")
print(ba)
ba[1] = 300
