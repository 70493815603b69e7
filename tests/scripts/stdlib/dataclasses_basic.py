from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         FrozenInstanceError, is_dataclass, InitVar, make_dataclass)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(1, 3))
print(p.x, p.y, Point.y, Point.__match_args__, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__, p == (1, 2))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    hidden: str = field(default="h", compare=False)

a = Inventory("a")
b = Inventory("b")
a.items.append(1)
print(a, b, a.items is b.items, Inventory("a", [1], 5) == Inventory("a", [1], 5, "z"))
print([f.name for f in fields(Inventory)], [f.default for f in fields(a)][2:])
print(asdict(a), astuple(a))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(vs[0], patch=7), vs[0])
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)
ln = Line(Point(0, 0), Point(3, 4), {"k": [Point(1, 1)]})
print(ln)
print(asdict(ln))
print(astuple(ln))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: str = "d"
    def total(self):
        return "%s%s" % (self.x, self.y)
print(Derived(), Derived(5, "z").total(), [f.name for f in fields(Derived)])

@dataclass(eq=False, repr=False)
class Plain:
    v: int
pl = Plain(1)
print(pl == Plain(1), pl.v, type(repr(pl)).__name__)

@dataclass(unsafe_hash=True)
class Hashy:
    k: int
print(hash(Hashy(3)) == hash(Hashy(3)), len({Hashy(3), Hashy(3), Hashy(4)}))

try:
    @dataclass
    class BadDefault:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)

C = make_dataclass("C", [("a", int), ("b", str, field(default="x"))])
print(C(1), C(2, "y") == C(2, "y"))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = (1, 2)
f = Frozen(1)
print(f, f.b, {f: 1}[Frozen(1)])
