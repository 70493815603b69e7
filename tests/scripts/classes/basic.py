# Basic classes: attributes, methods, class attributes, introspection.
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(p.move(1).x, p.move(dy=2, dx=0).y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(repr(p).startswith("<__main__.Point object at 0x"))
print(sorted(vars(p).items()), p.__dict__ == {"x": 4, "y": 6})
print(Point.__bases__, Point.__base__, Point.__mro__)
print(type(Point), type(Point.norm2), type(p.norm2).__name__)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(p))

# attribute set/delete
p.z = 10
print(p.z, hasattr(p, "z"), getattr(p, "w", "none"))
del p.z
print(hasattr(p, "z"))
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.nothing
except AttributeError as e:
    print("AttributeError:", e)

# class attributes modified later
Point.dims = 3
print(p.dims)
Point.extra = lambda self: "extra"
print(p.extra())
del Point.extra
print(hasattr(p, "extra"))

# instance attribute shadows class attribute
p.dims = 99
print(p.dims, Point.dims)

# errors calling classes
class Empty:
    pass

em = Empty()
print(type(em).__name__, Empty.__doc__)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# nested classes and qualname
class Outer:
    class Inner:
        def f(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.Inner)

def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

# type() with three arguments
T = type("T", (), {"a": 1, "get": lambda self: self.a})
t = T()
print(T, T.__name__, t.a, t.get(), T.__module__)
U = type("U", (T,), {})
print(U.__mro__, U().get())
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

# class body namespace
class NS:
    a = 1
    b = a + 1
    c = [i for i in range(a + 2)]
print(NS.a, NS.b, NS.c)

# instances are hashable by identity and usable as dict keys
d = {em: 1, t: 2}
print(d[em], d[t], em == em, em != t)

# __subclasses__, __class__ assignment
class Top:
    pass


class Left(Top):
    pass


class Right(Top):
    pass


print(Top.__subclasses__(), Left.__subclasses__())
obj = Left()
obj.__class__ = Right
print(type(obj).__name__, isinstance(obj, Right))
for value in (1, int):
    try:
        obj.__class__ = value
    except TypeError as e:
        print("TypeError:", e)


class Later:
    pass


class LaterKid(Later):
    pass


Later.__repr__ = lambda self: "Later!"
Later.__len__ = lambda self: 4
print(Later(), LaterKid(), len(LaterKid()))


class Named:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class HasNamed:
        attr = Named()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
