# super() in hot code: __init__ chains through two levels, an overriding
# method that extends its base's, a class method reached through super(),
# super() in a loop of the method itself, and a base method replaced while
# the loop runs.


class Base:
    TAG = "base"

    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x

    @classmethod
    def kind(cls):
        return len(cls.TAG)


class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def value(self):
        return super().value() + self.y


class Leaf(Mid):
    TAG = "leaf!"

    def __init__(self, x):
        super().__init__(x, 2 * x)
        self.z = 1

    def value(self):
        return super().value() * 10 + super().kind()

    def many(self, n):
        t = 0
        for i in range(n):
            t += super().value()
        return t


def main():
    total = 0
    for i in range(400):
        total += Leaf(i).value()
    print(total)

    leaf = Leaf(3)
    print(leaf.many(500))

    acc = []
    for i in range(300):
        acc.append(leaf.value())
        if i == 150:
            Base.value = lambda self: -self.x
    print(acc[149:153], acc[-1])


main()
