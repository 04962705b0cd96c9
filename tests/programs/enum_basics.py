from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def favorite(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color)
print(Color.RED.describe(), Color.favorite(), type(Color.RED), isinstance(Color.RED, Color), Color)
print(Color.__members__)
print(f"{Color.RED}", "{:>12}|".format(Color.GREEN), str(Color.BLUE), hash(Color.RED) == hash("RED"))
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED], Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()
print(list(Shape), [s.value for s in Shape], list(reversed(Shape)))
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.THREE == 3, Num.ONE < Num.TWO, sorted([Num.THREE, Num.ONE]), f"{Num.TWO:03d}", int(Num.THREE), [10, 20, 30, 40][Num.TWO], hash(Num.ONE) == hash(1))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, repr(rw & Perm.W), Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 8, repr(IP.A | 8), IP.B == 2, IP(3), repr(~IP.A))
class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, repr(Dir.NORTH), Dir.SOUTH == "s", Dir.NORTH.upper(), f"{Dir.SOUTH}!", len(Dir.NORTH))
class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.HAPPY == "happy", Mood("sad"), Mood.SAD.value.upper())
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((6.421e+23, 3.3972e6)))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(Pets.DOG, Pets('f'))
counts = {}
for i in range(1000):
    c = Color((i % 3) + 1)
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(Color.RED is Color(Color.RED), Color.RED._name_, Color._member_names_)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
