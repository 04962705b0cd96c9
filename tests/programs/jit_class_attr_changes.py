# Instance attributes read and written in hot loops while their types,
# the instances' shapes and the classes change under the compiled code.


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x = self.x + self.v * dt
        return self.x


def drift():
    ps = [Particle(float(i), 0.5 * i) for i in range(8)]
    total = 0.0
    for t in range(400):
        for p in ps:
            total += p.step(0.01)
        if t == 250:
            # An int velocity: the loads see another type.
            ps[3].v = 2
        if t == 300:
            # A new attribute: that instance changes shape.
            ps[5].tag = "late"
    print(round(total, 6), [round(p.x, 6) for p in ps])
    print(ps[5].tag, ps[3].v)


def types_flip():
    class Box:
        def __init__(self, v):
            self.v = v

    b = Box(0)
    seen = []
    for i in range(300):
        if i == 100:
            b.v = 1.5
        if i == 200:
            b.v = "s"
        seen.append(b.v)
        if i < 100:
            b.v = b.v + 1
    print(seen[98:102], seen[198:202], seen[-1])


def delete_mid_loop():
    class P:
        pass

    p = P()
    p.a = 1
    p.b = 2
    out = 0
    for i in range(300):
        out += p.b
        if i == 150:
            del p.a
        if i == 200:
            p.a = 10
    print(out, p.a, p.b, sorted(p.__dict__))


def polymorphic_site():
    class A:
        def __init__(self):
            self.k = 1

        def val(self):
            return self.k

    class B:
        def __init__(self):
            self.pad = 0
            self.k = 2

        def val(self):
            return self.k * 10

    class C(A):
        def val(self):
            return A.val(self) + 100

    objs = [A(), B(), C(), A(), B()]
    s = 0
    for i in range(500):
        o = objs[i % 5] if i > 200 else objs[0]
        s += o.val() + o.k
    print(s)


drift()
types_flip()
delete_mid_loop()
polymorphic_site()
