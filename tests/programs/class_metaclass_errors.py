def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class M(type):
    def __call__(cls, *a):
        return cls(*a)
class C(metaclass=M):
    pass
attempt(lambda: C())
class M2(type):
    def __iter__(cls):
        return 5
class D(metaclass=M2): pass
attempt(lambda: list(D))
attempt(lambda: type('X', (), 5))
attempt(lambda: type(5, (), {}))
attempt(lambda: M.__new__(int, 'X', (), {}))
attempt(lambda: M.__new__(M, 'X', (), {}).__name__)
class M3(type):
    def __len__(cls):
        return -1
class E(metaclass=M3): pass
attempt(lambda: len(E))
attempt(lambda: bool(E))
class M4(type):
    def __getitem__(cls, k):
        raise KeyError(k)
class F(metaclass=M4): pass
attempt(lambda: F['x'])
attempt(lambda: type(type(F)))
attempt(lambda: isinstance(F, M4) and not isinstance(F, M3))
