# dict and set subclasses: __missing__, repr, constructors, methods returning base types.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(c, c['z'], 'z' in c, c.get('z'), len(c))
print(type(c).__name__, isinstance(c, dict), type(c.copy()).__name__, type(c | {}).__name__)

class Defaulting(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value
d = Defaulting(a=1)
print(d['b'], d)

class NoMissing(dict):
    pass
try:
    NoMissing()['x']
except KeyError as e:
    print('KeyError:', e)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError('no ' + repr(key))
try:
    Raising()[3]
except LookupError as e:
    print('LookupError:', e)

# __missing__ is not used by get() or `in`
print(Counter().get('q', 'dflt'), 'q' in Counter())

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper.fromkeys(['a', 'b'], 1)
print(type(u).__name__, u)
u2 = Upper()
u2['x'] = 1
u2.update(y=2)       # update does not call __setitem__
print(u2)
print(dict(NoMissing(p=1, q=2)), NoMissing(p=1) == {'p': 1})

class Ordered(dict):
    def keys(self):
        return ['b', 'a']
    def __getitem__(self, k):
        return k * 2
o = Ordered(a=1, b=2)
print(dict(o), {**o} if False else 'skip')
class IterKeys(dict):
    def __iter__(self):
        return iter(['a'])
    def keys(self):
        return ['a']
print(dict(IterKeys(a=1, b=2)))

class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
s = MySet([3, 1, 2])
print(s, MySet(), MyFrozen([1, 2]), MyFrozen())
print(type(s | {9}).__name__, type(s.copy()).__name__, type(MyFrozen([1]) | {2}).__name__)
print(s == {1, 2, 3}, MyFrozen([1]) == frozenset([1]), hash(MyFrozen([1])) == hash(frozenset([1])))
r = MySet()
r.add(r.__class__.__name__)
print(r)

class Rec(set):
    def __repr__(self):
        return 'Rec' + set.__repr__(self)
print(Rec([1]))
