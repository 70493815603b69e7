# A realistic program: class registry via __init_subclass__, sorting shapes, matrices, stacks, tuple and slotted value types.
import math
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self): raise NotImplementedError(f"{type(self).__name__}.area")
    def __lt__(self, other): return self.area() < other.area()
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Shape.registry[k](*a) for k, a in [("circle", (1,)), ("rect", (2, 3)), ("square", (2,))]]
for s in sorted(shapes): print(s, round(s.area(), 2))
try: Shape().area()
except NotImplementedError as e: print("NotImplementedError:", e)
print(sorted(Shape.registry))
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.rows[i][j] = v
    def __str__(self): return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i == m, (m @ m)[1, 1])
m[0, 0] = 9
print(m)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self: raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __repr__(self): return f"Stack({self._items})"
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s.pop(), bool(Stack()))
try: Stack().pop()
except IndexError as e: print("IndexError:", e)
class Vec(tuple):
    def __new__(cls, *xs): return super().__new__(cls, xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __repr__(self): return "Vec" + super().__repr__()
print(Vec(1, 2) + Vec(3, 4), Vec(1) == (1,), len(Vec(1, 2, 3)))
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + o.cents)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec): return format(str(self), spec)
print(sum([Money(150), Money(275)]), f"[{Money(5):>8}]")
