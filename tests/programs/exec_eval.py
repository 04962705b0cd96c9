# compile(), exec() and eval(): in a module's namespace, with dicts as
# globals and locals, from inside functions (their locals read, rebound
# globals written back), code objects in each mode, and the errors.
x = 10
print(eval("x * 2 + 1"))
print(eval("  1, 2"))
exec("y = x + 5\ndef f(a):\n    return a * y\n")
print(y, f(2))
g = {"a": 3}
exec("b = a * 2\nc = [a, b]", g)
print(sorted(k for k in g if not k.startswith("__")), g["b"], g["c"])
print(eval("a + b", g))
print(eval("a + z", g, {"z": 100}))
loc = {}
exec("w = 7", {}, loc)
print(loc)
def func(p):
    q = p + 1
    r = eval("p * q")
    exec("s = p + q")
    return r
print(func(3))
counter = 0
def bump():
    exec("global counter\ncounter += 1")
bump(); bump()
print(counter)
code = compile("1 + 2 * 3", "<calc>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(3): print(i)", "<loop>", "exec")
exec(code2)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(eval("[i * i for i in range(5)]"))
exec("import math\nprint(math.sqrt(16))")
print(eval(b"40 + 2"))
single = compile("6 * 7", "<s>", "single")
exec(single)
try:
    exec("x = 1", [])
except TypeError as e:
    print("TypeError:", e)

class_src = """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
"""
ns = {}
exec(class_src, ns)
P = ns["Point"]
print(P(3, -4).norm1(), P.__name__)
total = 0
for i in range(300):
    total += eval("i * 2 + 1")
print(total)
exec("total = total * 2")
print(total)
print(exec("1 + 1"))
view = globals()
exec("made_here = 99", view)
print(made_here)
gone = {"k": 1, "j": 2}
exec("del k\nj = j + 40", gone)
print(sorted(k for k in gone if not k.startswith("__")))
print(gone["j"])
try:
    exec("x = 1\ny = = 2")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("x", "<m>", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)


def evaluate_many(n):
    # Each call reads this function's locals; its namespace is reused.
    acc = 0
    for i in range(n):
        acc += eval("i * i - acc // 7")
    return acc


print(evaluate_many(2000))

# globals() with separate locals: the module's globals read, the
# bindings going to the locals dict.
loc = {}
exec("yy = total % 7\nzz = sorted([3, 1, 2])", globals(), loc)
print(sorted(loc.items()), "yy" in globals())
print(eval("total % 5 + w", globals(), {"w": 10}))

# "single" of nothing but blank lines and comments is an error (doctest
# skips such examples for that reason).
for text in ["\n", "# a comment\n", "   \n"]:
    try:
        compile(text, "<entry>", "single")
        print(repr(text), "compiled")
    except SyntaxError as e:
        print(repr(text), "SyntaxError:", e.msg, e.lineno)
