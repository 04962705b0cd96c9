# `sep.join(iterable)` of iterators whose steps run script code (generators,
# instances with `__next__`, built-in iterators over generators): the
# prelude's `join` takes the items, in hot loops, with the errors and the
# traceback of the built-in method.
def parts(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad part")
        yield str(i)

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return chr(97 + self.n)

out = []
for k in range(60):
    out.append("".join(str(x * k) for x in range(k % 5)))
    out.append(",".join(Countdown(k % 4)))
    out.append(", ".join(iter(["a", "b"])))
    out.append("-".join(map(str, (x for x in range(k % 3)))))
print(out[:12], len(out), sum(len(x) for x in out))
try:
    "".join(x for x in [1, 2])
except TypeError as e:
    print("TypeError:", e)
g = (str(x) for x in range(5))
next(g)
print("+".join(g), list(g))
print("/".join(parts(3)))
print("/".join(parts(5)))
