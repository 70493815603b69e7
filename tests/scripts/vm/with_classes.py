# with-statements with user context managers (suppression, __exit__ arguments,
# missing methods, errors in __exit__), super()/__class__, __call__, __iter__.
import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None, sys.exc_info()[0])
        return self.suppress

with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
def ret():
    with CM("d"):
        return "value"
print(ret())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
with CM("x") as x, CM("y", True) as y:
    raise TypeError("two")
print("after two")
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
    def cls(self):
        return __class__.__name__
print(Child().hello(), Child().cls())
m = Child().hello
print(m())
class Callable:
    def __call__(self, x):
        return x * 2
print(Callable()(21), list(map(Callable(), [1, 2])))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(It()), [a for a in It()])
a, b, c = It()
print(a, b, c)
def g():
    yield from It()
print(list(g()))
class E(Exception):
    pass
try:
    raise E("custom")
except E as e:
    print(type(e).__name__, e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=Meta, tag=5):
    pass
print(T.tag, type(T).__name__)
