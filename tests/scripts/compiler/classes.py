# class statements: body namespace, __module__/__qualname__/__doc__,
# bases and keywords, metaclass, decorators, zero-argument super() through
# the __class__ cell, name mangling, nested classes.

class Base:
    "Base doc."
    greeting = "hello"
    def hello(self):
        return self.greeting + " from Base"

class Child(Base):
    greeting = "hi"
    def hello(self):
        return super().hello() + " via Child"
    def cls(self):
        return __class__.__name__

print(Child().hello(), Child().cls())
print(Base.__doc__, Child.__doc__, Base.__module__, Child.__qualname__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        ns["kw"] = sorted(kw.items())
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithMeta(Base, metaclass=Meta, flag=True, level=3):
    pass
print(WithMeta.made_by, WithMeta.kw, WithMeta.__mro__[1].__name__)

bases = (Base,)
extra = {"metaclass": Meta, "x": 1}
class Star(*bases, **extra):
    pass
print(Star.made_by, Star.kw, type(Star).__name__)

def add_attr(cls):
    cls.decorated = True
    return cls

@add_attr
class Decorated:
    pass
print(Decorated.decorated)

class Mangle:
    __secret = 1
    def get(self):
        return self.__secret
    def names(self):
        return sorted([n for n in type(self).__dict__ if "secret" in n])
print(Mangle().get(), Mangle()._Mangle__secret, Mangle().names())

class Ann:
    a: int
    b: str = "x"
print(Ann.__annotations__, Ann.b)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)

class Body:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    total = sum(items)
print(Body.items, Body.total, hasattr(Body, "i"))

class Prop:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(Prop(7).v, Prop.s(), Prop.c())

class SuperArgs(Child):
    def hello(self):
        return super(SuperArgs, self).hello() + "!"
print(SuperArgs().hello())
