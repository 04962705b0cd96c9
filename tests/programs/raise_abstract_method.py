class Shape:
    def area(self):
        raise NotImplementedError

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

print(Square(3).area())
Shape().area()
