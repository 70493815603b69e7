# Weak references to classes, generators, bound methods, locks, modules, frozensets;
# subclasses of ref with __dict__ or __slots__; WeakKeyDictionary with __eq__ keys.
import weakref, gc
class Meta(type): pass
def make():
    class K(metaclass=Meta): pass
    return K
K = make()
log = []
r = weakref.ref(K, lambda r: log.append("class died"))
del K
print(log, r())
def g(): yield 1
gen = g()
rg = weakref.ref(gen)
del gen
print(rg())
class C:
    def m(self): pass
c = C()
rm = weakref.ref(c.m)
print(rm())
class R(weakref.ref):
    pass
rr = R(c)
rr.x = 5
print(rr.x, rr() is c, type(rr).__name__, isinstance(rr, weakref.ref))
class R2(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, ob, callback=None, tag=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
r2 = R2(c, None, "t")
print(r2.tag, weakref.getweakrefcount(c))
p = weakref.proxy(c)
print(p.__class__ is C)
import threading
lk = threading.Lock()
print(weakref.ref(lk)() is lk)
import io
print(weakref.ref(io.BytesIO())())
print(weakref.ref(weakref)() is weakref)
try:
    weakref.ref(weakref.ref(c))
except TypeError as e: print(e)
x = {1, 2}
fs = frozenset(x)
print(weakref.ref(fs)() == fs)
d = weakref.WeakKeyDictionary()
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
h1 = H(1)
d[h1] = "one"
print(d[H(1)], H(1) in d)
