# property, staticmethod, classmethod and user descriptors.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_k(self):
        return self._c + 273.15

    kelvin = property(_get_k, doc="Kelvin")


t = Temp(20)
print(t.celsius, t.fahrenheit, t.kelvin)
t.celsius = 30
print(t.celsius, Temp.celsius.__doc__, Temp.kelvin.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius), Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def helper(x, y):
        return x * y

    @classmethod
    def name(cls):
        return cls.__name__


class SubCounter(Counter):
    pass


print(len(Counter.make(3)), Counter.count, Counter.helper(3, 4), Counter().helper(2, 5))
print(SubCounter.name(), SubCounter().name(), Counter.name())
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["helper"]).__name__)
print(Counter.__dict__["helper"].__func__(6, 7), Counter.make.__self__ is Counter)
sm = staticmethod(len)
print(sm("abc"), repr(sm).startswith("<staticmethod(<built-in function len>"))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)


# user descriptors: data and non-data
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        delattr(obj, self.name)


class Lazy:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    @Lazy
    def greeting(self):
        print("computing")
        return "hi " + self.name


pp = Person("ann", 30)
print(pp.name, pp.age, Person.name.name, Person.age.owner, sorted(vars(pp)))
try:
    pp.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(pp.greeting, pp.greeting)
del pp.age
print(pp.age)
pp.__dict__["name"] = "shadow"
print(pp.name)


# __getattr__, __getattribute__, __setattr__, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)


class Target:
    x = 1


tg = Target()
px = Proxy(tg)
print(px.x)
px.y = 5
print(tg.y, px.y)
del px.y
print(px.log)
try:
    px.missing
except AttributeError as e:
    print("AttributeError:", e)


class Spy:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)


sp = Spy()
print(sp.a, sp.secret, getattr(sp, "secret"))
try:
    sp.b
except AttributeError as e:
    print("AttributeError:", e)


class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)


print(Dyn().xyz, hasattr(Dyn(), "abc"), getattr(Dyn(), "q", "dflt"))


class Slotted:
    __slots__ = ()


# __init_subclass__ and class keyword arguments
class Plugin:
    registry = []

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)


class PA(Plugin, key="a"):
    pass


class PB(Plugin):
    pass


print(Plugin.registry, PA.key, PB.key)
try:
    class PC(Plugin, bad=1):
        pass
except TypeError as e:
    print("TypeError:", e)
