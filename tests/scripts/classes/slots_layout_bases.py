# Which base decides the instance layout: __slots__ count as fields (a
# class with a dict-only base first and a slotted base second works), and
# two bases that both add fields conflict, as in CPython.
class A: __slots__ = ('x',)
class B: __slots__ = ('y',)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class D(A): pass
class E(D, A): pass
print(E.__mro__)
class F(int): pass
class G(F, int): pass
try:
    class H(int, str): pass
except TypeError as e: print(e)
class I(Exception): pass
class J(I, ValueError): pass
try:
    class K(dict, list): pass
except TypeError as e: print(e)
class L(A): __slots__ = ('z',)
l = L(); l.x = 1; l.z = 2; print(l.x, l.z)
class M: pass
class N(M, L): pass
n = N(); n.x, n.z, n.q = 1, 2, 3; print(n.x, n.z, n.q)
class O(list): pass
class P(O, list): pass
print(P([1,2]))
class B:
    __slots__ = ('a',)
class M:
    pass
class C(M, B):
    pass
cs = []
for i in range(1000):
    c = C()
    c.a = i
    c.x = str(i)
    cs.append(c)
print(sum(c.a for c in cs), cs[5].x, C.__mro__)
