# lists, tuples and ranges with classes written in Python: __lt__-only
# sorting (stability), __eq__ in searches, __index__, reflected operators,
# subclasses, iterables by __iter__ or __getitem__, mutation during compares
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v},{self.tag})'

ks = [K(3, 'a'), K(1, 'b'), K(3, 'c'), K(2, 'd'), K(1, 'e')]
print(sorted(ks))
print(sorted(ks, reverse=True))
print(sorted(ks, key=lambda k: -k.v))
ks.sort()
print(ks)

calls = []
class Count:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append('lt')
        return self.v < other.v
    def __gt__(self, other):
        calls.append('gt')
        return self.v > other.v
sorted([Count(2), Count(1), Count(3)])
print(set(calls))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'G%d' % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))

class Bad:
    def __lt__(self, other):
        raise ValueError('boom')
check(lambda: sorted([Bad(), Bad()]))
print(len(sorted([Bad()])))

class Eq:
    def __eq__(self, other):
        return True
print(Eq() in [1], [1].count(Eq()), [1, 2].index(Eq()), (Eq(),) == (5,), range(3).count(Eq()), Eq() in range(3))
l = [1, 2]
l.remove(Eq())
print(l)

class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], [1, 2, 3] * Idx(), Idx() * (1,), range(10)[Idx()], range(Idx()), [0, 1, 2, 3][Idx():])
print((1, 2, 3).index(3, Idx()), slice(Idx()).indices(5), range(0, 10, 3)[Idx()], [5, 6, 7].pop(Idx()))
m = [0, 1, 2, 3]
m.insert(Idx(), 'i')
m[Idx()] = 'j'
del m[Idx()]
print(m)

class R:
    def __rmul__(self, other):
        return 'rmul'
    def __radd__(self, other):
        return 'radd'
print([1] * R(), [1] + R(), (1,) + R(), (1,) * R())
x = [1]
x += [R()]
print(len(x))

class MyList(list):
    pass
ml = MyList([3, 1, 2])
print(ml, type(ml).__name__, len(ml), ml + [1], type(ml + [1]).__name__, ml * 2, sorted(ml), ml == [3, 1, 2])
ml.sort()
ml.append(9)
print(ml, isinstance(ml, list), ml[1:], type(ml[1:]).__name__)

class MyTuple(tuple):
    pass
mt = MyTuple((1, 2))
print(mt, type(mt).__name__, mt + (3,), hash(mt) == hash((1, 2)), mt == (1, 2), type(mt[:]).__name__)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), tuple(Seq()), 20 in Seq(), sorted(Seq(), reverse=True))

class It:
    def __iter__(self):
        return iter([4, 5])
print(list(It()), tuple(It()), [0] + list(It()))
y = [1]
y.extend(It())
y[1:1] = It()
print(y)

a = [1, 2, 3]
class Shrink:
    def __eq__(self, other):
        a.clear()
        return False
print(a == [Shrink(), 2, 3], a)
b = [1, 2, 3]
class Grow:
    def __eq__(self, other):
        if len(b) < 6:
            b.append(0)
        return False
print(Grow() in b, len(b))

rec = []
class Rep:
    def __repr__(self):
        return repr(rec)
rec.append(Rep())
print(rec)

# __index__ and __eq__ that change the list while it is being indexed
victim = list(range(10))
class Clear:
    def __index__(self):
        victim.clear()
        return 5
check(lambda: victim[Clear()])
victim[:] = range(10)
def setit():
    victim[Clear()] = 'x'
check(setit)
victim[:] = range(10)
print(victim[Clear():], victim)
victim[:] = range(10)
def delslice():
    del victim[Clear():]
    return victim
check(delslice)
victim[:] = range(10)
def setslice():
    victim[Clear():Clear()] = ['a', 'b']
    return victim
check(setslice)
victim[:] = range(10)
def setext():
    victim[::Clear()] = []
    return victim
check(setext)
w = [1, 2, 3]
class EqClear:
    def __eq__(self, other):
        w.clear()
        return True
w.remove(EqClear())
print(w)
w[:] = [1, 2, 3]
print(w.index(EqClear()), w)
