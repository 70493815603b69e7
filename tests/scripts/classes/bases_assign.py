# Assigning C.__bases__: CPython's checks and messages, then methods, MRO,
# isinstance and operators follow the new bases (subclasses too).
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def __add__(self, other): return "B+"
class C(A): pass
class D(C): pass

c, d = C(), D()
print(c.who(), d.who(), D.__mro__)
C.__bases__ = (B,)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(c.who(), d.who(), c + 1, d + 1)
print(isinstance(d, A), isinstance(d, B), issubclass(D, B), A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(C.__mro__, D.__mro__, c.who())
show("add after", lambda: c + 1)

show("empty", lambda: setattr(C, '__bases__', ()))
show("int", lambda: setattr(C, '__bases__', (int,)))
show("list", lambda: setattr(C, '__bases__', [A]))
show("cycle", lambda: setattr(C, '__bases__', (D,)))
show("self", lambda: setattr(C, '__bases__', (C,)))
show("static", lambda: setattr(int, '__bases__', (object,)))
show("del", lambda: delattr(C, '__bases__'))
show("nonclass", lambda: setattr(C, '__bases__', (A, 1)))
show("dup", lambda: setattr(C, '__bases__', (A, A)))

class X: pass
class Y(X): pass
class Z(X): pass
show("mro conflict", lambda: setattr(Z, '__bases__', (X, Y)))
print(Z.__bases__, Z.__mro__)
class S(A): __slots__ = ("a",)
show("layout", lambda: setattr(C, '__bases__', (S,)))
print(C.__bases__)

class O: pass
show("from object", lambda: setattr(O, '__bases__', (A,)))
class P(B): pass
p = P()
p.x = 1
P.__bases__ = (A,)
print(p.x, p.__dict__, p.who())
show("to object", lambda: setattr(P, '__bases__', (object,)))
class L(list): pass
class L2(list):
    def extra(self): return len(self)
class M(L): pass
m = M([1, 2])
M.__bases__ = (L2,)
print(m, m.extra(), M.__mro__)
show("list to dict", lambda: setattr(M, '__bases__', (dict,)))
show("list to A", lambda: setattr(M, '__bases__', (A,)))
