from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r * self.r
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
total = 0.0
count = 0
for i in range(200000):
    s = Circle(i % 7) if i % 2 else Sq(i % 5)
    if isinstance(s, Shape):
        count += 1
    total += s.area()
print(count, round(total, 3))
