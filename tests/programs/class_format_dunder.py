class M:
    def __format__(self, spec):
        return "M<" + spec + ">"
m = M()
print(f"{m:abc}", format(m, "x"), "{:yy}".format(m), f"{m}", format(m))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __getattr__(self, name):
        if name == "dollars":
            return self.cents // 100
        raise AttributeError("no attribute " + name)

class Index:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

m = Money(12345)
print(f"{m}", f"{m:.1f}", "{:>10.2f}|".format(m), format(m, "08.3f"), m.dollars, hasattr(m, "euros"))
print([1, 2, 3][Index(1)], "abc"[Index(2)], (4, 5, 6)[Index(-1)], range(10)[Index(3)], b"xyz"[Index(0)])
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), "x")
except TypeError as e:
    print("TypeError", e)
try:
    m.euros
except AttributeError as e:
    print("AttributeError", e)
