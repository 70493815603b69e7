# abc: object.__new__ refuses classes whose __abstractmethods__ is not empty
# (no extra frame in tracebacks), the __abstractmethods__ attribute of
# classes, and the ABC caches after register().
import abc
import sys
import traceback
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def b(self): ...

    @abstractmethod
    def a(self): ...


class One(Base):
    def a(self):
        return 'a'


class Two(One):
    def b(self):
        return 'b'


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, frames)
    else:
        print('ok', type(r).__name__)


show(Base)
show(One)
show(Two)
show(lambda: One())
print([fs.name for fs in traceback.extract_stack()][-1:])


class Outer:
    class Inner(ABC):
        @abstractmethod
        def m(self): ...


show(Outer.Inner)
show(Base, 1)
show(Base, x=1)


class WithInit(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def m(self): ...


show(WithInit, 1)
show(WithInit)


class WithNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def m(self): ...


show(WithNew, 1, 2)


class OwnNew(ABC):
    def __new__(cls):
        return 42

    @abstractmethod
    def m(self): ...


show(OwnNew)
show(object.__new__, Base)
show(object.__new__, Two)


class Err(Exception, metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...


show(Err, 'x')


class Num(int, metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...


show(Num, 3)


class Lst(list, metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...


show(Lst)

print('-- __abstractmethods__')


class Plain:
    pass


show(lambda: Plain.__abstractmethods__)
show(lambda: type.__abstractmethods__)
show(lambda: int.__abstractmethods__)
Plain.__abstractmethods__ = frozenset({'zeta', 'alpha'})
print(sorted(Plain.__abstractmethods__), '__abstractmethods__' in Plain.__dict__)
show(Plain)


class PlainChild(Plain):
    pass


show(PlainChild)
show(lambda: PlainChild.__abstractmethods__)
Plain.__abstractmethods__ = ['only']
show(Plain)
Plain.__abstractmethods__ = ()
show(Plain)
Plain.__abstractmethods__ = 'xy'
show(Plain)
Plain.__abstractmethods__ = 5
show(Plain)
Plain.__abstractmethods__ = 0
show(Plain)
del Plain.__abstractmethods__
show(Plain)
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print('TypeError', e)


class Bad:
    def __bool__(self):
        raise ValueError('no truth')


try:
    Plain.__abstractmethods__ = Bad()
except ValueError as e:
    print('ValueError', e, '__abstractmethods__' in Plain.__dict__)
print(sorted(Base.__abstractmethods__), sorted(One.__abstractmethods__), Two.__abstractmethods__)
print(type(Base.__abstractmethods__).__name__, 'b' in vars(Base)['__abstractmethods__'])

print('-- update_abstractmethods')


class Later(ABC):
    @abstractmethod
    def f(self): ...


class LaterImpl(Later):
    def f(self):
        return 1


show(LaterImpl)


def g(self): ...


LaterImpl.g = abstractmethod(g)
abc.update_abstractmethods(LaterImpl)
show(LaterImpl)
del LaterImpl.g
abc.update_abstractmethods(LaterImpl)
show(LaterImpl)
print(abc.update_abstractmethods(Plain) is Plain)

print('-- caches')


class Root(ABC):
    pass


class Leaf(Root):
    pass


class Thing:
    pass


t0 = abc.get_cache_token()
print(issubclass(Thing, Root), issubclass(Thing, Leaf), isinstance(Thing(), Root))
Leaf.register(Thing)
print(abc.get_cache_token() != t0)
print(issubclass(Thing, Root), issubclass(Thing, Leaf), isinstance(Thing(), Root))
print(Leaf.register(Thing) is Thing)
try:
    Leaf.register(3)
except TypeError as e:
    print('TypeError', e)
try:
    print(Root.register(Root) is Root)
    Leaf.register(Root)
except RuntimeError as e:
    print('RuntimeError', e)


class Weird(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Weird)
except AssertionError as e:
    print('AssertionError', e)
print(sorted(k for k in vars(ABC) if not k.startswith('_abc')), ABC.__subclasshook__(int))
print(ABC.__abstractmethods__, issubclass(Two, ABC), isinstance(ABC, ABCMeta))
sys.stdout.flush()
Base()
