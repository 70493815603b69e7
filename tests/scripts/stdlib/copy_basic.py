# copy: shallow and deep copies, memo, __copy__/__deepcopy__, instances.
import copy

lst = [1, [2, 3], {"a": [4]}]
s = copy.copy(lst)
d = copy.deepcopy(lst)
print(s == lst, s is lst, s[1] is lst[1], d[1] is lst[1], d[2]["a"] is lst[2]["a"], d == lst)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt == t2, dt is t2, dt[1] is t2[1])
print(copy.copy({1: 2}), copy.deepcopy({1, 2, 3}) == {1, 2, 3}, copy.copy(frozenset([1])))
for atom in (None, 1, 2.5, "s", b"b", True, len, int, range(3)):
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)

# shared and recursive structures keep their shape
shared = [1]
outer = [shared, shared]
dc = copy.deepcopy(outer)
print(dc[0] is dc[1], dc[0] is shared)
rec = [1, 2]
rec.append(rec)
drec = copy.deepcopy(rec)
print(drec[2] is drec, drec is rec, drec[:2])
rd = {"k": 1}
rd["self"] = rd
drd = copy.deepcopy(rd)
print(drd["self"] is drd, drd is rd)
memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(memo[id(a)] is b[0])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q is p, q.x is p.x, r.x is p.x, type(r).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + ["shallow"])

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])


print(copy.copy(Custom([1])).v, copy.deepcopy(Custom([1])).v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(State())
print(st.data, st.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
cml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[1] is ml[1])
cm2 = copy.copy(ml)
print(type(cm2).__name__, cm2, cm2[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
