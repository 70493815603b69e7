# copy: subclasses of immutable built-ins, namedtuple, collections types, enums.
import collections
import copy
import enum


class T(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


s = S("ab")
s.tag = [1]
c = copy.deepcopy(s)
print(repr(copy.copy(T((1, 2)))), repr(c), c.tag, c.tag is s.tag, type(c).__name__)
print(repr(copy.deepcopy(I(5))), type(copy.copy(I(3))).__name__)

P = collections.namedtuple("P", "x y")
p = P([1], 2)
q = copy.deepcopy(p)
print(q, q.x is p.x, copy.copy(p), copy.copy(p).x is p.x)
d = collections.deque([1, [2]], maxlen=5)
e = copy.deepcopy(d)
print(e, e[1] is d[1], copy.copy(d))
od = collections.OrderedDict(a=[1])
print(copy.deepcopy(od), copy.copy(od))
dd = collections.defaultdict(list, a=[1])
x = copy.deepcopy(dd)
print(x, x.default_factory, x["a"] is dd["a"])
cnt = collections.Counter("aab")
print(copy.copy(cnt), copy.deepcopy(cnt))


class Color(enum.Enum):
    RED = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(copy.deepcopy({"k": (1, 2)}), copy.copy(b"x"), copy.deepcopy(bytearray(b"ab")))
