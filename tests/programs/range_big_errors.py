# Errors of big ranges, with CPython's messages.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
r = range(10 ** 20)
attempt("len", lambda: len(r))
attempt("len small bounds", lambda: len(range(-2 ** 63, 2 ** 63 - 1)))
attempt("index", lambda: r[10 ** 20])
attempt("neg index", lambda: r[-(10 ** 20) - 1])
attempt("str index", lambda: r["a"])
attempt("float arg", lambda: range(1.5, 10 ** 20))
attempt("str arg", lambda: range("a", 10 ** 20))
attempt("zero step", lambda: range(10 ** 20, 0, 0))
attempt("big zero step", lambda: range(0, 10 ** 20, 10 ** 20 - 10 ** 20))
attempt("slice zero", lambda: r[::0])
attempt("list of huge", lambda: len(list(range(2 ** 63, 2 ** 63 + 3))))
attempt("kw", lambda: range(stop=10 ** 20))
len(range(2 ** 64))
