# Metaclasses.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw

    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.made_by = "meta"
        return obj

    def describe(cls):
        return f"{cls.__name__}:{cls.tag}"


class Base(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x


class Child(Base, flavor="sweet"):
    pass


c = Child(5)
print(Registry.classes, Child.tag, Child.kw, c.x, c.made_by, Child.describe())
print(type(Child) is Registry, isinstance(Child, type), Registry.__mro__)
try:
    c.describe
except AttributeError as e:
    print("AttributeError:", e)


class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")


print(Config() is Config())


# type() as a dynamic class factory with a metaclass
Dyn = Registry("Dyn", (), {"v": 3})
print(Dyn.tag, Dyn().v, Registry.classes[-1])


class Other(type):
    pass


class X(metaclass=Other):
    pass


try:
    class Y(X, Base):
        pass
except TypeError as e:
    print("TypeError:", e)


# __prepare__
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"prepared": True}


class Z(metaclass=Ordered):
    a = 1


print(Z.prepared, Z.a)


# __class_getitem__ and class attributes via metaclass properties
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int])


class MP(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()


class W(metaclass=MP):
    pass


print(W.upper_name)
