# Augmented assignment on instances: the in-place method (__isub__,
# __ior__, ...) first, the binary one when it is missing or declines.
class V:
    def __init__(self, x): self.x = x
    def __isub__(self, o): self.x -= o; return self
    def __ior__(self, o): self.x |= o; return self
    def __iand__(self, o): self.x &= o; return self
    def __ixor__(self, o): self.x ^= o; return self
    def __ilshift__(self, o): self.x <<= o; return self
    def __irshift__(self, o): self.x >>= o; return self
    def __imod__(self, o): self.x %= o; return self
    def __ifloordiv__(self, o): self.x //= o; return self
    def __itruediv__(self, o): self.x /= o; return self
    def __sub__(self, o): return V(self.x - o)
    def __repr__(self): return "V(%r)" % self.x
v = V(10); w = v
v -= 3; v |= 16; v &= 0xff; v ^= 1; v <<= 2; v >>= 1; v %= 40; v //= 3
print(v, w, v is w)
v /= 4
print(v, v is w)
class N:
    def __init__(self, x): self.x = x
    def __ipow__(self, o): return NotImplemented
    def __pow__(self, o): return N(self.x ** o)
    def __rsub__(self, o): return N(o - self.x)
n = N(3); m = n; n **= 2
print(n.x, m.x, n is m)
k = 10
k -= N(4)
print(type(k).__name__, k.x)
acc = V(0)
for i in range(3000):
    acc |= i & 7
    acc -= 0
print(acc)
try:
    q = N(1)
    q -= 1
except TypeError as e:
    print("TypeError:", e)
