from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
class Half(Shape):
    def area(self):
        return 1
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: Shape())
attempt(lambda: Half())
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, ABC), type(Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
attempt(lambda: Base())
class Impl(Base):
    name = "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 42
print(Impl.make().name, Impl.helper())
class Sized(ABC):
    @abstractmethod
    def __len__(self): ...
Sized.register(list)
print(isinstance([], Sized), issubclass(list, Sized), isinstance({}, Sized), issubclass(tuple, Sized))
class Mine:
    def __len__(self): return 0
Sized.register(Mine)
print(isinstance(Mine(), Sized))
print(abc.get_cache_token() is not None)
