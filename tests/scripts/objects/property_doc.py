# property.__doc__ is writable; a doc taken from the getter follows the
# getter through setter()/getter() copies; subclasses keep it in __dict__;
# property.__init__ can be called by a subclass.
p = property()
print(p.__doc__)
p.__doc__ = "x"
print(p.__doc__)
del p.__doc__
print(p.__doc__)

def g(self):
    "gdoc"
r = property(g)
print(r.__doc__, r.setter(lambda s, v: 0).__doc__)
r.__doc__ = "new"
print(r.__doc__, r.setter(lambda s, v: 0).__doc__, r.getter(lambda s: 0).__doc__)
e = property(g, doc="explicit")
print(e.getter(lambda s: 0).__doc__)

class P(property):
    pass
q = P(g)
print(q.__doc__, vars(q))
q = P(lambda s: 1, doc="a")
print(q.__doc__, vars(q))
q.__doc__ = "z"
print(q.__doc__, vars(q))

class PD(property):
    "class doc"
print(PD().__doc__, PD(g).__doc__, PD(doc="x").__doc__)

class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        print("init", fget is not None, fset is not None)
        super().__init__(fget, fset, fdel, doc)

class A:
    @Logged
    def x(self):
        "the x"
        return 5
    @x.setter
    def x(self, v):
        print("set", v)
a = A()
print(a.x, type(A.__dict__["x"]).__name__, A.__dict__["x"].__doc__)
a.x = 3

pp = property(g)
pp.__init__(None, g)
print(pp.fget, pp.fset is g, pp.__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)

# a built-in type's __doc__ is its docstring
print(type.__doc__)
print(type(type.__doc__).__name__, type(int.__doc__).__name__, type(object.__doc__).__name__)
class C:
    "C doc"
class D:
    pass
print(C.__doc__, D.__doc__)
