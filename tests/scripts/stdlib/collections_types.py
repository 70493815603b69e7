from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(7), d.index(7)); d.remove(7); print(d); d.reverse(); print(d)
d[1] = 'x'; print(d, d == deque(d), d == list(d), deque([1]) < deque([2]))
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(10); print(m); m.appendleft(5); print(m)
m.extendleft([1, 2]); print(m)
print(deque(), deque(maxlen=0), repr(deque([1], maxlen=3)))
e = deque()
for f in (e.pop, e.popleft):
    try: f()
    except IndexError as ex: print('IndexError', ex)
try: d[100]
except IndexError as ex: print('IndexError', ex)
try: d.remove(99)
except ValueError as ex: print('ValueError', ex)
try: deque(maxlen=-1)
except ValueError as ex: print('ValueError', ex)
q = deque()
for i in range(10000): q.append(i)
s = 0
while q:
    x = q.popleft(); s += x
    if x % 3 == 0 and x < 5000: q.append(x + 10000)
print(s)
q = deque()
for i in range(100): q.appendleft(i)
print(list(q)[:5], q[50], len(q), list(reversed(q))[:3])
d2 = deque([1, 2, 3]); d2.clear(); print(d2, bool(d2)); d2 += [4, 5]; print(d2, d2 * 2, d2.copy())
del d2[0]; print(d2); d2.insert(0, 9); print(d2)

dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['zz'], len(dd), isinstance(dd, dict), dd.default_factory)
di = defaultdict(int)
for w in 'the cat the dog the end'.split(): di[w] += 1
print(di, dict(di))
n = defaultdict(None, {1: 2}); print(n)
try: n[5]
except KeyError as ex: print('KeyError', ex)
try: defaultdict(5)
except TypeError as ex: print('TypeError', ex)
print(dd.copy(), 'zz' in dd, dd.get('nope'), 'nope' in dd)

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total())
print(sorted(c.elements()))
c.update('aaz'); print(c); c.subtract({'a': 10}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter(a=0) == Counter(), Counter({'x': 1, 'y': 1, 'z': 2}))
print(Counter([3, 1, 3, 2, 1, 3]).most_common(1), list(Counter('hello')))
a += Counter(c=5); print(a); a -= Counter(a=10); print(a)
del a['nothere']; print(a)
try: Counter.fromkeys('ab')
except NotImplementedError as ex: print('NotImplementedError', ex)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
x, y = OrderedDict([(1, 1), (2, 2)]), OrderedDict([(2, 2), (1, 1)])
print(x == y, x == dict(y), dict(x) == y, x != y)
try: OrderedDict().popitem()
except KeyError as ex: print('KeyError', ex)
print(list(reversed(x)), OrderedDict.fromkeys('ab', 0))

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2); print(p, p.x, p.y, p[0], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), len(p), Point.__name__, hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b, c', defaults=[0, 9]); print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'abc def _x abc', rename=True); print(R._fields)
x, y = p; print(x, y)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', '_a'), lambda: namedtuple('X', 'class'), lambda: namedtuple('1X', 'a'),
            lambda: p._replace(z=1), lambda: Point._make([1]), lambda: namedtuple('X', 'a', defaults=[1, 2]),
            lambda: Point(1, 2, y=3)]:
    try: print(bad())
    except (TypeError, ValueError) as ex: print(type(ex).__name__, ex)
class Sub(Point):
    def norm(self): return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
print(Point.x.__doc__, Point.__doc__, Point.__module__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm, cm.new_child({'c': 4}), cm.parents)
cm['z'] = 0; print(cm.maps[0])
