# pprint: long strings and bytes split over lines, collections types (OrderedDict,
# defaultdict, Counter, ChainMap, deque), mappingproxy, SimpleNamespace, dataclasses.
import pprint
import types
import collections
import dataclasses

text = ('The quick brown fox jumps over the lazy dog. ' * 4 + '\n') * 2 + 'end'
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({'doc': text, 'n': 1}, width=50)
pprint.pprint(['word' * 30])
pprint.pprint('nospaces' * 20, width=40)
pprint.pprint(['', 'a', 'short'], width=3)
pprint.pprint(bytes(range(40)))
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint({'b': bytes(range(30)), 'ba': bytearray(range(30))}, width=40)
pprint.pprint(bytearray(b'abcdefghij' * 10))
pprint.pprint(b'abcd', width=1)

od = collections.OrderedDict((('k%d' % i, i * 1000) for i in range(10)))
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'alpha': list(range(12)), 'beta': list(range(5))})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter('abracadabra' * 10 + 'xyzw' * 3 + 'qwertyuiop')
pprint.pprint(c, width=40)
pprint.pprint(collections.Counter())
cm = collections.ChainMap({'a': list(range(20))}, {'b': 'x' * 50}, {})
pprint.pprint(cm, width=40)
pprint.pprint(collections.ChainMap())
pprint.pprint(collections.deque(range(40)), width=40)
pprint.pprint(collections.deque(range(40), maxlen=35), width=40)
pprint.pprint(collections.deque())
pprint.pprint(types.MappingProxyType({'key%d' % i: 'value' * i for i in range(6)}))
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 40, gamma={'x': 1})
pprint.pprint(ns, width=40)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default='p', repr=True)
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int


pprint.pprint(Point(1, list(range(30)), 'a label that is fairly long'))
pprint.pprint([Point(1, [2], 'x')] * 2, width=30)
pprint.pprint(Point(2, ['q'] * 40), width=60)
print(pprint.pformat(NoRepr(3)).startswith('<'))
print(pprint.pformat({frozenset({1, 2, 3}): 'v' * 70, 'k': set(range(25))}))
print(pprint.pformat(frozenset(range(30)), width=30))


class Settings(types.SimpleNamespace):
    pass


conf = Settings(name='gilpy', paths=['/usr/lib/python%d' % i for i in range(5)])
print(repr(conf))
pprint.pprint(conf, width=40)
conf.myself = conf
print(repr(conf))
pprint.pprint(conf, width=40)
