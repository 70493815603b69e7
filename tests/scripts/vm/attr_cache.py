# Attribute and call caches stay correct when classes change: properties
# added and removed, instance dicts edited, bound methods called directly.
class A:
    def __init__(self): self.x = 1
a = A()
out = []
for i in range(6):
    out.append(a.x)
    if i == 1:
        A.x = property(lambda self: "prop")
    if i == 2:
        del A.x
    if i == 3:
        a.__dict__["x"] = 99
print(out)
class G:
    def __getattr__(self, n): return "ga:" + n
g = G(); g.y = 1
print([g.y, g.z])
class S:
    __slots__ = ("v",)
s = S(); s.v = 3
print(s.v)
def mk():
    class C:
        def __init__(self): self.q = 5
    return C()
print(sum(mk().q for _ in range(100)))
try:
    A().nope
except AttributeError as e:
    print(e)

class A:
    def __init__(self, v): self.v = v
    def get(self, k=1, *, mult=1): return self.v * k * mult
    def rec(self, n): return n if n == 0 else self.rec(n - 1)
a = A(3)
m = a.get
print(m(), m(2), m(2, mult=10), m(k=3))
try:
    m(1, 2, 3)
except TypeError as e:
    print(e)
r = a.rec
print(r(500))
try:
    r(5000)
except RecursionError as e:
    print(e)
print(list(map(A(2).get, [1, 2, 3])))
def gen(self):
    yield self.v
A.gen = gen
print(list(a.gen()))
