# A missing key's KeyError formats the key (its __repr__) only when the error is
# printed or str() is asked for: a caught one never runs it, as in CPython.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self):
        print("repr called", self.n)
        return f"K({self.n})"

d = {K(1): "one"}
for i in range(3):
    try:
        d[K(2)]
    except KeyError as e:
        print("caught", type(e).__name__, e.args[0].n)
try:
    d[K(3)]
except KeyError as e:
    print("str:", str(e))
class Bad:
    def __hash__(self): return 1
    def __repr__(self): raise RuntimeError("no repr")
try:
    {}[Bad()]
except KeyError:
    print("bad caught")
try:
    try:
        d[K(7)]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__))
{}[Bad()]
