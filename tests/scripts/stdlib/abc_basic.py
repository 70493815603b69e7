from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Poly(Shape):
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def sides(self): ...

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s

for cls in (Shape, Poly):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Poly.__abstractmethods__))
print(Square.__abstractmethods__, Square(3).describe())
print(isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta)

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))

class Thing(ABC): pass
Thing.register(int)
print(isinstance(5, Thing), isinstance("x", Thing), issubclass(bool, Thing))
print(Thing.register(float) is float, isinstance(1.5, Thing))
