class Vec:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

v = Vec(3, 4)
print(v.norm2(), v.x, Vec.dims, v.dims)
print(v)
print([v, Vec(1, 2)])
print(repr(v), str(v), f"{v}!")
w = v + Vec(1, 1)
print(w, w == Vec(4, 5), w != Vec(4, 5))
v.x += 10
print(v.x)
print(type(v).__name__, type(v) is Vec, isinstance(v, Vec), isinstance(3, Vec))

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

d = Puppy("Rex", "lab")
print(d.describe(), d.breed, isinstance(d, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__])

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @staticmethod
    def hello(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls()
    @property
    def double(self):
        return Counter.count * 2

Counter(); Counter.make()
c = Counter()
print(Counter.count, Counter.hello(21), c.hello(1), c.double)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
t = Temp()
t.c = 5
print(t.c)
print(hasattr(t, "c"), hasattr(t, "zz"), getattr(t, "zz", 7))
setattr(t, "zz", 9)
print(t.zz)
del t.zz
print(hasattr(t, "zz"))
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object))
print(type(Vec), Vec)
