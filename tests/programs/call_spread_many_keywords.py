# A **mapping call with many keywords: the tuple of their names made for the
# call stays alive until the callee's frame binds them (tests/robustness.rs
# runs this with a collection at every safe point).
d = {('k%d' % i): i for i in range(23)}
class C:
    def __init__(self, **kws):
        self.n = len(kws)
    def m(self, x=0, /, **kws):
        return len(kws)
print(C(**d).n, C().m(**d))
print(len(dict(**d)), '{k1}{k22}'.format(**d))
def outer(*a, **k):
    return inner(*a, **k)
def inner(*a, **k):
    return len(a), len(k)
print(outer(1, 2, **d))
import functools
p = functools.partial(inner, 1, z=3)
print(p(**d))
from string import Template
print(Template('$k1 $k2').substitute(**d))
class Meta(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)
class D(metaclass=Meta):
    def __init__(self, **k):
        self.k = len(k)
print(D(**d).k)
print([inner(**d) for _ in range(3)])
g = (inner(**d) for _ in range(2))
print(list(g))
