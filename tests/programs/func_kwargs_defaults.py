def box(w, h=1, d=1, label="box"):
    return label + ":" + str(w * h * d)
print(box(2), box(2, 3), box(2, 3, 4), box(2, d=5), box(w=1, h=2, d=3, label="L"), box(label="first", w=7))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=-1))
def describe(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(describe("Ada"), describe("Bob", "Hi"), describe("Cy", punct="?"), describe(punct=".", name="Di"))
DEFAULT = 5
def uses_default(x=DEFAULT):
    return x
DEFAULT = 6
print(uses_default(), uses_default(1))
def acc(v, into=None):
    if into is None:
        into = []
    into.append(v)
    return into
print(acc(1), acc(2), acc(3, [0]))
def sticky(v, into=[]):
    into.append(v)
    return len(into)
print(sticky(1), sticky(1), sticky(1, []), sticky(1))
def ret_none():
    return
def no_return():
    x = 1
print(ret_none(), no_return(), ret_none() is None)
def multi(a, b):
    return a + b, a - b, a * b
s, d, p = multi(7, 3)
print(s, d, p, multi(b=1, a=2))
def rec_default(n, acc=1):
    return acc if n <= 1 else rec_default(n - 1, acc * n)
print(rec_default(15))
f = box
print(f(1, label="alias"), f is box)
