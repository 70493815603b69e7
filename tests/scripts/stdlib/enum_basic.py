from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED)
print(Color(2), Color['BLUE'], Color(Color.GREEN))
print(list(Color.__members__), Color.__members__['CRIMSON'])
try:
    Color(4)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError:", e)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.GREEN).__name__, Color)
print({Color.RED: "r"}[Color.CRIMSON], f"{Color.BLUE}", "%s" % Color.GREEN)
print(Color.RED in Color, [c.name for c in reversed(Color)])
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    def describe(self):
        return "%s=%s" % (self.name, self.value)
print([m.value for m in Auto], Auto.D.describe(), repr(auto()) [:5])

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Lower))

@unique
class Fine(Enum):
    ONE = 1
    TWO = 2
try:
    @unique
    class Bad(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print("ValueError:", e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num(2), Num.ONE == 1)
print(sorted([Num.TWO, Num.ONE]), f"{Num.TWO:>4}", isinstance(Num.ONE, int), int(Num.TWO))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(repr(RW), RW, bool(Perm(0)), repr(Perm(0)), Perm(0))
print(Perm.R in RW, Perm.X in RW, list(RW), repr(~Perm.R), repr(RW & Perm.W))
print(repr(Perm(7)), repr(RW ^ Perm.R))

class Open(IntFlag):
    READ = auto()
    WRITE = auto()
    APPEND = auto()
print(repr(Open.READ | Open.WRITE), Open.READ | Open.WRITE, Open.APPEND + 1)
print([m.value for m in Open], repr(Open(3)), Open.WRITE & 2)

class Shade(StrEnum):
    LIGHT = auto()
    DARK = "Dark"
print(Shade.LIGHT, repr(Shade.DARK), Shade.DARK.upper(), Shade.LIGHT == "light")

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pet = Enum('Pet', [('DOG', 'woof'), ('COW', 'moo')])
print(repr(Pet.COW), Pet('woof'))

try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)

class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Child(Base):
    A = 1
print(Child.A.hello(), type(Color), type(Perm))
