# abc with dataclasses: the methods @dataclass adds implement abstract
# ones (update_abstractmethods runs after them), the rest stay abstract.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class Shape(ABC):
    @abstractmethod
    def __repr__(self): ...

    @abstractmethod
    def __eq__(self, other): ...

    @abstractmethod
    def area(self): ...


@dataclass
class Square(Shape):
    side: int

    def area(self):
        return self.side ** 2


print(Square(2), Square(2) == Square(2), Square(3).area(), Square.__abstractmethods__)


@dataclass(repr=False)
class NoRepr(Shape):
    x: int = 0

    def area(self):
        return 0


try:
    NoRepr()
except TypeError as e:
    print('TypeError', e)


@dataclass(slots=True)
class Slotted(Shape):
    x: int = field(default=1)

    def area(self):
        return self.x


print(Slotted(), Slotted.__abstractmethods__, '__slots__' in vars(Slotted))


@dataclass
class Partial(Shape):
    x: int = 0


try:
    Partial()
except TypeError as e:
    print('TypeError', e)


@dataclass
class Plain:
    y: int = 2


print(Plain(), hasattr(Plain, '__abstractmethods__'))
