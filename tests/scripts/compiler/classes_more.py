# Class statements through the compiler: decorator order, __init_subclass__
# keywords, super() with and without arguments (also in nested functions),
# mangling in closures, __module__ override, the __class__ cell and
# __classcell__, class scopes, annotations, docstrings, properties.
order = []
def deco(tag):
    order.append("eval " + tag)
    def apply(cls):
        order.append("apply " + tag)
        return cls
    return apply

@deco("a")
@deco("b")
class D:
    order.append("body")
print(order)

class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw
        super().__init_subclass__()
    def who(self):
        return "Base"

class Sub(Base, tag="t", n=2):
    def who(self):
        def inner():
            return super(Sub, self).who() + "<-Sub"
        return inner()
    def zero_arg(self):
        return [super().who() for _ in range(2)] if False else super().who()
print(Sub.kw, Sub().who(), Sub().zero_arg())

class Private:
    __x = 1
    def get(self):
        def inner():
            return self.__x
        return inner()
    def lam(self):
        return (lambda: self.__x)()
print(Private().get(), Private().lam())

class Mod:
    __module__ = "custom"
    def m(self): pass
print(Mod.__module__, Mod.m.__module__)

def factory():
    class Local:
        def method(self):
            return __class__
    return Local
L = factory()
print(L.__qualname__, L().method() is L, L.method.__qualname__)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["has_cell"] = "__classcell__" in ns
        return super().__new__(mcls, name, bases, ns)
class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class NoCell(metaclass=Meta):
    pass
print(WithCell.has_cell, NoCell.has_cell, WithCell().f() is WithCell)

class Outer:
    x = 10
    class Inner:
        y = 20
    z = [x for x in range(3)]
    w = x
print(Outer.Inner.__qualname__, Outer.z, Outer.w)

class Annotated:
    a: int = 1
    b: "str"
    def f(self, x: int) -> "Annotated":
        return self
print(Annotated.__annotations__, Annotated.f.__annotations__)

class Doc:
    "class doc"
    def f(self):
        "method doc"
print(Doc.__doc__, Doc.f.__doc__, Doc.__dict__["__qualname__"] if "__qualname__" in Doc.__dict__ else "noqn")

def deep():
    v = 1
    class A:
        v = 2
        def get(self):
            return v
        class B:
            def get(self):
                return v
    return A().get(), A.B().get(), A.v
print(deep())

class Props:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = Props()
p.v = 5
print(p.v)
