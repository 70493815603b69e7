# Instance attributes on subclasses of str, bytes and tuple (their __dict__ lives outside the object).
for base, arg in [(str, "ab"), (bytes, b"xy"), (tuple, (1, 2))]:
    class Sub(base):
        def who(self): return "sub of " + base.__name__
    o = Sub(arg)
    o.attr = 1
    print(type(o).__name__, o.who(), o.attr, o.__dict__, vars(o), repr(o), o == base(arg))
    del o.attr
    try: o.attr
    except AttributeError as e: print(e)
    class Sub2(Sub): pass
    o2 = Sub2(arg); o2.x = [1]; print(o2.x, o2.__dict__)
class Tok(str):
    def __new__(cls, s, kind):
        t = super().__new__(cls, s)
        t.kind = kind
        return t
toks = [Tok(w, i) for i, w in enumerate("a bb ccc".split())]
print([(t, t.kind, len(t)) for t in toks], toks[1] + "!", toks[2].upper())
del toks
class P(tuple):
    __slots__ = ()
    @property
    def x(self): return self[0]
p = P((3, 4)); print(p.x)
try: p.z = 1
except AttributeError as e: print(e)
class T(tuple): pass
t = T((1,)); t.__dict__ = {"q": 2}; print(t.q)
for i in range(10000):
    s = T((i,)); s.v = i
print("done")
