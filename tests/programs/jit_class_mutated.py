# The class itself changes while a compiled loop relies on what a name
# found along its MRO: a method replaced, a class constant changed, a
# property added over an instance attribute, a base class's method.


class Shape:
    SCALE = 2

    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w * self.SCALE


class Square(Shape):
    pass


def bigger(self):
    return self.w * 1000


def main():
    s = Square(3)
    total = 0
    for i in range(600):
        total += s.area()
        if i == 100:
            Shape.SCALE = 5
        if i == 200:
            Square.SCALE = 7
        if i == 300:
            del Square.SCALE
        if i == 400:
            Shape.area = bigger
        if i == 500:
            Square.area = lambda self: -1
    print(total)

    class Temp:
        def __init__(self):
            self.c = 20

    t = Temp()
    acc = []
    for i in range(300):
        acc.append(t.c)
        if i == 150:
            Temp.c = property(lambda self: -5)
    print(acc[148:154], acc[-1])

    class Counter:
        count = 0

        def __init__(self):
            Counter.count += 1
            self.n = Counter.count

    made = [Counter() for _ in range(300)]
    print(Counter.count, made[-1].n, sum([c.n for c in made]))


main()
