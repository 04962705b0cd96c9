# `super().__init__(...)` and `super().method()` in class hierarchies whose
# instances a loop makes in turn: side traces start between the call of
# `super()` and the lookup on the super object it made, and take over the
# super object from the interpreter's stack.


class Shape:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def area(self):
        return self.size * self.size

    def describe(self):
        return f"{self.name}:{self.area()}"


class Square(Shape):
    def __init__(self, size):
        super().__init__("square", size)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect", w)
        self.h = h

    def area(self):
        return self.size * self.h


class Cube(Square):
    def __init__(self, size):
        super().__init__(size)
        self.name = "cube"

    def area(self):
        return 6 * super().area()

    def describe(self):
        return "3d " + super().describe()


class Tagged(Rect):
    def __init__(self, w, h, tag):
        self.tag = tag
        super().__init__(w, h if tag else h + 1)

    def describe(self):
        base = super().describe() if self.tag else "untagged"
        return f"{base}#{self.tag}"


made = []
total = 0
for i in range(3000):
    k = i % 7
    if k == 0:
        s = Square(i % 5)
    elif k == 1 or k == 4:
        s = Rect(i % 4, i % 3)
    elif k == 2:
        s = Cube(i % 6)
    elif k == 3 or k == 6:
        s = Tagged(i % 3, i % 5, "t" if i % 2 else "")
    else:
        s = Cube(i % 2) if i % 3 else Square(1)
    total += s.area()
    if i % 401 == 0:
        made.append(s.describe())
print(total)
print(made)

# A super object handed around as a value is looked up in as well.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by
        return self.n


class Twice(Counter):
    def bump(self, by):
        sup = super()
        first = sup.bump(by)
        return sup.bump(by) + first


t = Twice()
acc = 0
for i in range(2000):
    acc += t.bump(i % 3) if i % 5 else Counter.bump(t, 1)
print(acc, t.n)
