# collections.abc after a bare `import collections` (an attribute there, as
# CPython's start-up leaves it), and the collections classes as ABCs.
import collections

abc = collections.abc
print(abc.Mapping, abc.__name__)
for obj in (collections.deque(), collections.ChainMap(), collections.OrderedDict(),
            collections.Counter(), collections.defaultdict(int),
            collections.namedtuple('P', 'x y')(1, 2)):
    print(type(obj).__name__, [n for n in abc.__all__ if isinstance(obj, getattr(abc, n))])
od = collections.OrderedDict(a=1)
print(isinstance(od.keys(), abc.KeysView), isinstance(od.items(), abc.ItemsView),
      isinstance(od.values(), abc.ValuesView))
try:
    collections.not_there
except AttributeError as e:
    print('AttributeError', e)


def what(x):
    match x:
        case [first, *_]:
            return 'sequence', first
        case {'a': v}:
            return 'mapping', v
    return 'neither'


print(what(collections.deque([7, 8])), what(collections.ChainMap({'a': 3})),
      what(od), what(collections.Counter('aab')))
