from enum import Enum, IntFlag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def reassign():
    Color.RED = 5
def delete():
    del Color.GREEN
attempt(reassign)
attempt(delete)
Color.extra = "fine"
print(Color.extra, list(Color))
del Color.extra
attempt(lambda: Color.extra)
class Meta(type):
    def __setattr__(cls, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(cls, name):
        print("del", name)
        super().__delattr__(name)
class K(metaclass=Meta):
    a = 1
K.b = "hello"
print(K.b, K.a)
del K.b
attempt(lambda: K.b)
setattr(K, "c", "x")
print(K.c)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), ~Perm.R, Perm.R in (Perm.R | Perm.X), list(Perm(5)), Perm.R + 1)
class Status(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    ACTIVE = auto()
    INACTIVE = auto()
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None
print(list(Status), Status('active'), Status('INACTIVE'))
attempt(lambda: Status('gone'))
attempt(lambda: Status.tmp)
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
attempt(lambda: Enum('Bad', 'A B', start=10).B)
class Weekday(Enum):
    MON = 1
    TUE = 2
    def is_weekend(self):
        return False
print(Weekday.MON.is_weekend(), Weekday.__members__.keys(), len(Weekday.__members__), 'MON' in Weekday.__members__)
match Weekday.TUE:
    case Weekday.MON:
        print("monday")
    case Weekday.TUE:
        print("tuesday")
from enum import Enum
class Field(Enum):
    name = 1
    value = 2
    other = 3
print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.value, Field.other.name, Field.other.value, Field(2), list(Field))
