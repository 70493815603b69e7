# Comparison reflection, NotImplemented fallbacks, pow, unary, bool/len, __index__.
class A:
    def __lt__(self, o): return "A.lt"
    def __gt__(self, o): return "A.gt"
    def __eq__(self, o): return "A.eq"
class B(A):
    def __gt__(self, o): return "B.gt"
    def __eq__(self, o): return "B.eq"
print(A() < B(), B() < A(), A() == B(), B() == A(), A() > B())
class C:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
try: C() < C()
except TypeError as e: print(e)
print(C() == C(), C() != C())
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
print(N() + N() if False else 1 + N())
try: N() + N()
except TypeError as e: print(e)
class I:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
x = I(); x += 1; print(x)
class Pw:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
print(Pw() ** 2, pow(Pw(), 2, 3), 2 ** Pw())
class Neg:
    def __neg__(self): return "neg"
try: ~Neg()
except TypeError as e: print(e)
print(-Neg())
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1)
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), [F(2)], F(1.5) + 1)
class B2:
    def __bool__(self): return False
print(not B2(), bool(B2()), "yes" if B2() else "no", type(B2() and 1).__name__, B2() or 2)
class Len0:
    def __len__(self): return 0
print(bool(Len0()), not Len0())
class Ix:
    def __index__(self): return 3
print(list(range(Ix())), "abcdef"[Ix():], [0]*Ix(), 10 ** 0 + Ix().__index__())
