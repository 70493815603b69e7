# Class patterns: decorators, generators using super(), metaclass dunders, __class__ cell.
def register(cls):
    cls.registered = True
    return cls
@register
class A:
    def gen(self):
        yield super().__repr__()[:12]
        yield from (1, 2)
    @property
    def p(self): return "A.p"
    @classmethod
    def build(cls, *a): return cls(*a)
class B(A):
    @property
    def p(self): return "B+" + super().p
    def __init__(self, *a): self.a = a
print(A.registered, list(B().gen()), B().p, B.build(1, 2).a, type(B.build()).__name__)
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self): return f"Node({self.v}, {self.nxt!r})"
l = Node(1, Node(2, Node(3)))
print(list(l), l)
class Color:
    RED = 1
    GREEN = 2
    @classmethod
    def names(cls): return [k for k in vars(cls) if k.isupper()]
print(Color.names())
class Acc:
    def __init__(self): self.bal = 0
    def dep(self, x):
        if x <= 0: raise ValueError(f"bad amount {x}")
        self.bal += x
        return self
a = Acc().dep(5).dep(6)
print(a.bal)
try: a.dep(-1)
except ValueError as e: print(e)
class Cmp:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f"Cmp({self.k})"
s = {Cmp(1), Cmp(1), Cmp(2)}
print(len(s), Cmp(1) in s, {Cmp(3): 'x'}[Cmp(3)], [Cmp(1), Cmp(2)].index(Cmp(2)), [Cmp(1)].count(Cmp(1)))
class Meta(type):
    def __len__(cls): return 7
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
class M(metaclass=Meta): pass
print(len(M), list(M), M[4])
class Outer:
    def method(self):
        def inner():
            return __class__
        return inner()
print(Outer().method())
class Fn:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return a, k
f = Fn()
print(f(1, x=2), f.calls, list(map(f, [1])))
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c.k))
x = object()
try: x.a = 1
except AttributeError as e: print(e)
class WithDoc:
    "docstring here"
print(WithDoc.__doc__, WithDoc().__doc__)
print(type('X', (object,), {'__doc__': 'd'}).__doc__)
class Ctr:
    n = 0
    def __init__(self):
        type(self).n += 1
Ctr(); Ctr()
print(Ctr.n)
class Prop:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, x: setattr(self, '_v', x * 2))
p = Prop(); p.v = 5; print(p.v)
print(getattr(Prop, 'v').fget(p))
print(isinstance(Prop.v, property), property.__name__, staticmethod.__name__)
