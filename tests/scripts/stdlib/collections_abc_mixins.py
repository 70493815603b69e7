# collections.abc: the mixin methods subclasses get from Mapping,
# MutableMapping, Sequence, MutableSequence, Set, MutableSet and the views.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Set, MutableSet, KeysView, ItemsView, ValuesView,
                             MappingView, Iterator, Generator, Sized, Hashable)


class Map(Mapping):
    def __init__(self, *args, **kw):
        self._d = dict(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class MMap(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'MMap(%r)' % (self._d,)


m = Map(a=1, b=2)
print(m['a'], m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, len(m))
print(list(m), list(m.keys()), list(m.items()), list(m.values()))
print(type(m.keys()).__name__, type(m.items()).__name__, type(m.values()).__name__)
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, m != {'b': 2, 'a': 1}, m == [('a', 1)])
print({'a': 1, 'b': 2} == m, m == Map(b=2, a=1))
print(m.__reversed__ is None, m.__eq__(3))
try:
    reversed(m)
except TypeError as e:
    print('TypeError', e)
try:
    hash(m)
except TypeError as e:
    print('TypeError', e)
k = m.keys()
print(len(k), 'a' in k, 'x' in k, k & {'a', 'x'}, sorted(k | {'c'}), k - {'a'}, k ^ {'a', 'q'})
print(k == {'a', 'b'}, k <= {'a', 'b', 'c'}, k < {'a', 'b'}, k >= {'a'}, k > {'a'}, k.isdisjoint(['x']))
it = m.items()
print(('a', 1) in it, ('a', 2) in it, ('q', 1) in it, sorted(it & {('a', 1)}))
v = m.values()
print(1 in v, 5 in v, len(v), list(v))
print(repr(KeysView({1: 2})), repr(ItemsView({})), repr(ValuesView({3: 4})))
print(MappingView([1, 2]), len(MappingView([1, 2])))
try:
    MappingView([]).x = 1
except AttributeError as e:
    print('AttributeError', e)

mm = MMap([('x', 1)], y=2)
print(mm, mm.setdefault('x', 9), mm.setdefault('z'), mm)
print(mm.pop('x'), mm.pop('nope', 'dflt'), mm)
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)
mm.update({'q': 1}, w=2)
mm.update([('r', 3)])


class KeysOnly:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, k):
        return k.upper()


mm.update(KeysOnly())
print(mm)
print(mm.popitem(), mm)
mm.clear()
print(mm, len(mm))
try:
    mm.popitem()
except KeyError as e:
    print('KeyError', repr(e))
try:
    mm.update(1, 2)
except TypeError as e:
    print('TypeError', e)
mm.update(other=5, self=6)
print(mm)


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2, 1)
print(list(s), list(reversed(s)), 2 in s, 7 in s, s.count(2), s.count(9))
print(s.index(2), s.index(2, 2), s.index(1, -1), s.index(3, 0, 3))
for args in [(2, 4), (9,), (1, 1, 4), (3, 0, 2)]:
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))
print(type(iter(s)).__name__, type(reversed(s)).__name__, s.index(1, -100))
nan = float('nan')
print(Seq(nan).count(nan), nan in Seq(nan), Seq(nan).index(nan))


class MSeq(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return 'MSeq(%r)' % self._items


ms = MSeq([1, 2])
ms.append(3)
ms.extend([4, 5])
ms.extend(ms)
print(ms)
ms.reverse()
print(ms, ms.pop(), ms.pop(0), ms)
ms.remove(3)
print(ms)
try:
    ms.remove(99)
except ValueError as e:
    print('ValueError', repr(e))
ms += (7, 8)
print(ms, type(ms).__name__)
ms.clear()
print(ms)
try:
    ms.pop()
except IndexError as e:
    print('IndexError', e)


class FSet(Set):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            if x not in self._s:
                self._s.append(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return 'FSet(%r)' % self._s

    __hash__ = Set._hash


a, b = FSet([1, 2, 3]), FSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [3, 9], [3, 9] & a, a | [9], [9] | a, a - [1], [1, 5] - a, a ^ [1, 7], [1, 7] ^ a)
print(a == FSet([3, 2, 1]), a == {1, 2, 3}, a != b, a < FSet([1, 2, 3, 4]), a <= a, a > FSet([1]), a >= b)
print(a.isdisjoint(b), a.isdisjoint([7]), a == [1, 2, 3])
print(hash(FSet([1, 2, 3])) == hash(frozenset([1, 2, 3])), hash(FSet()) == hash(frozenset()))
print(hash(FSet(['a', 'b'])) == hash(frozenset(['a', 'b'])), hash(FSet(range(100))) == hash(frozenset(range(100))))
try:
    a & 1
except TypeError as e:
    print('TypeError', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError', e)


class MSet(MutableSet):
    def __init__(self, items=()):
        self._s = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(list(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

    def __repr__(self):
        return 'MSet(%r)' % self._s


s = MSet([1, 2, 3])
s.remove(2)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
s |= [5, 6]
print(s)
s &= [5, 6, 7]
print(s)
s ^= [6, 8]
print(s)
s -= [5]
print(s)
s ^= s
print(s)
s |= [1, 2]
s -= s
print(s)
try:
    s.pop()
except KeyError as e:
    print('KeyError', repr(e))
s |= [1]
s.clear()
print(s, s.__hash__)


class Gen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise typ


g = Gen()
print(list(g), iter(g) is g)
g2 = Gen()
g2.close()


class Stubborn(Generator):
    def send(self, v):
        return 1

    def throw(self, *a):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    Generator.throw(g, ValueError, ValueError('boom'))
except ValueError as e:
    print('ValueError', e)
try:
    Generator.throw(g, KeyError)
except KeyError as e:
    print('KeyError', repr(e))
