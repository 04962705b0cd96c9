# Static and class methods called in hot loops, through the class and
# through instances, with subclasses (a class method gets the class it was
# called on), and a class attribute that holds a class.


class Strength:
    REQUIRED = 0
    WEAK = 5

    def __init__(self, v):
        self.v = v

    @staticmethod
    def clamp(x, lo, hi):
        if x < lo:
            return lo
        if x > hi:
            return hi
        return x

    @classmethod
    def weakest(cls, a, b):
        return a if a.v > b.v else b

    @classmethod
    def make(cls, v):
        return cls(v)

    def scaled(self, k):
        return self.clamp(self.v * k, 0, 100)


class Strong(Strength):
    Box = Strength

    def label(self):
        return type(self).__name__


def main():
    total = 0
    a, b = Strength(3), Strong(7)
    for i in range(500):
        total += Strength.clamp(i, 10, 400)
        total += Strength.weakest(a, b).v
        total += b.weakest(b, a).v
        total += a.scaled(i % 40)
    print(total)

    made = [Strong.make(i) for i in range(300)]
    print(made[5].label(), made[-1].v, type(Strength.make(1)).__name__)

    boxes = [Strong.Box(i).v for i in range(300)]
    print(sum(boxes))

    s = Strong(1)
    out = []
    for i in range(300):
        out.append(s.weakest(s, a).v)
        if i == 150:
            Strong.weakest = classmethod(lambda cls, x, y: cls.__name__)
            s = Strong(2)
            out.append(s.weakest(s, a))
            Strong.weakest = classmethod(lambda cls, x, y: x)
    print(out[149:154], out[-1])


main()
