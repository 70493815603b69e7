# weakref.ref and proxy: identity reuse, callbacks, hashing, equality, reprs,
# which objects accept weak references, __weakref__ and __slots__.
import weakref
import re

def show_repr(r):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(r)))

class C:
    def method(self):
        return 42

c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, c.__weakref__ is r)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
show_repr(r)
events = []
def cb(ref):
    events.append(("cb", ref is r2, ref()))
r2 = weakref.ref(c, cb)
r3 = weakref.ref(c, cb)
print(r2 is not r3, r2 == r3, r == r2, hash(r) == hash(c), r2.__callback__ is cb, r.__callback__)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r3, r2])
h = hash(r)
del c
print(events)
print(r(), r2(), weakref.getweakrefcount(r))
show_repr(r)
print(hash(r) == h, r == r2, r != r2, r == r)
try:
    hash(r3)
except TypeError as e:
    print("TypeError:", e)

# objects that accept weak references and those that do not
def f():
    pass
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
class I(int):
    pass
class L(list):
    pass
class E(Exception):
    pass
def gen():
    yield 1
for ob in [f, C, {1}, frozenset(), gen(), SlottedWeak(), L(), E(), weakref, f.__code__,
           C().method, len, type]:
    r = weakref.ref(ob)
    print(type(ob).__name__, r() is ob)
for ob in [1, "s", (1,), [], {}, 1.5, b"x", None, Slotted(), I(3), Exception(), object(), bytearray()]:
    try:
        weakref.ref(ob)
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(Slotted(), "__weakref__"), SlottedWeak().__weakref__, C().__weakref__)
try:
    class Bad(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

# callbacks: order, errors, the referent already gone
class D:
    pass
d = D()
order = []
refs = [weakref.ref(d, lambda w, i=i: order.append(i)) for i in range(3)]
del d
print(order, [w() for w in refs])
d = D()
def bad(w):
    raise ValueError("boom")
keep = weakref.ref(d, bad)
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
del d
err = sys.stderr.getvalue()
sys.stderr = old
print("Exception ignored in" in err, "ValueError: boom" in err)
# a callback runs while an exception is being handled without disturbing it
d = D()
keep = weakref.ref(d, lambda w: print("cb during except"))
try:
    raise KeyError("k")
except KeyError as e:
    del d
    print("still", repr(e), repr(sys.exc_info()[1]))

# proxies
class P:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, other):
        return "add"
    def __call__(self, a):
        return a * 2
    def __iter__(self):
        return iter(self.items)
p_obj = P()
p = weakref.proxy(p_obj)
print(type(p).__name__, p.x, len(p), p[1], p + 1, p(21), list(p), 2 in p.items)
p.y = 5
print(p_obj.y, weakref.proxy(p_obj) is p, weakref.getweakrefcount(p_obj))
class Plain:
    pass
pl = Plain()
pp = weakref.proxy(pl)
print(type(pp).__name__, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
try:
    hash(pp)
except TypeError as e:
    print("TypeError:", e)
del p_obj
for op in (lambda: p.x, lambda: len(p), lambda: p + 1, lambda: str(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(weakref.ref is weakref.ReferenceType, weakref.ReferenceType.__name__, weakref.ref.__module__)
print(weakref.ref[int])
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(C(), None, 3)
except TypeError as e:
    print("TypeError:", e)
