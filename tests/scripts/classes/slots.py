# __slots__: member descriptors, no __dict__, name mangling, errors.
class Sl:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
s = Sl()
print(s.x)
try: s.y
except AttributeError as e: print(e)
try: del s.y
except AttributeError as e: print(e)
try: s.z = 1
except AttributeError as e: print(e)
print(Sl.x, type(Sl.x).__name__, Sl.__slots__, hasattr(s, '__dict__'), '__weakref__' in Sl.__dict__)
s.y = [1]; del s.x
print(s.y, hasattr(s, 'x'))
class S2(Sl):
    pass
s2 = S2(); s2.q = 5
print(hasattr(s2, '__dict__'), s2.q, s2.x)
class S4:
    __slots__ = ('__dict__', 'q')
s = S4(); s.z = 1; print(s.__dict__)
try:
    class S5(int): __slots__ = ('a',)
except TypeError as e: print(e)
class S6: __slots__ = ['x']
print(S6.__slots__)
try:
  class S7: __slots__ = (1,)
except TypeError as e: print(e)
class S8:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 3
    def get(self): return self.__p
print(list(S8.__dict__.keys()), S8().get())
try:
    class S3:
        __slots__ = 'a'
        a = 1
except ValueError as e: print(e)
class P3:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z): self.x, self.y, self.z = x, y, z
    def __repr__(self): return f"P3({self.x}, {self.y}, {self.z})"
ps = [P3(i, i+1, i+2) for i in range(5)]
print(ps, sum(p.x + p.y for p in ps))
try: Sl.x.__get__(1)
except TypeError as e: print(e)
class Base:
    __slots__ = ()
class Kid(Base):
    __slots__ = ('v',)
k = Kid(); k.v = 2; print(k.v)
