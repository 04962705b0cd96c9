# Methods and classes called with keywords in a compiled loop: exits inside
# the inlined method (a type change, an exception) rebuild its frame.
class Acc:
    def __init__(self):
        self.t = 0
    def add(self, v, *, scale=1, bias=0):
        r = v * scale + bias
        if r > 1e9:
            raise ValueError("big")
        self.t += r
        return r

class Pt:
    def __init__(self, x, y=0, *, z=1):
        self.x = x
        self.y = y
        self.z = z

def run(n):
    a = Acc()
    out = 0
    for i in range(n):
        v = i if i < n // 2 else i + 0.5
        out += a.add(v, bias=1) + a.add(scale=2, v=i)
        p = Pt(i, z=v)
        out += p.z
        try:
            a.add(i * 1e7 if i % 97 == 0 else 1, scale=1000)
        except ValueError:
            out += 1
    return out, a.t

print(run(3000))
