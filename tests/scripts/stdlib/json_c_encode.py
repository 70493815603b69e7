# _json's encoder (the C path of json.dumps) against the generators of
# iterencode: scalars, subclasses of int/float/str/list/tuple/dict, keys of
# every type, NaN/Infinity with allow_nan, separators, indent, sort_keys,
# skipkeys, ensure_ascii, default, circular references, make_encoder itself.
import collections
import io
import json
import json.encoder
import _json

print(json.encoder.c_make_encoder is _json.make_encoder,
      json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii,
      json.encoder.encode_basestring is _json.encode_basestring)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    def __str__(self):
        return 'MyStr!'


class MyList(list):
    def __iter__(self):
        return iter([9, 9])


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [('z', 1), ('y', [2])]


class OD(collections.OrderedDict):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError('no JSON for %s' % type(o).__name__)


VALUES = [
    None, True, False, 0, 1, -1, 2**62, -2**62, 2**63, 10**30, -10**30, 0.0, -0.0, 1.5, 1e22,
    1e-7, 1 / 3, 1e308, 5e-324, 123456789.125, float('nan'), float('inf'), float('-inf'),
    '', 'abc', '\u00e9', '\u20ac', '\U0001f600', '\ud800', '\udfff\ud800',
    '\x00\x1f\x7f"\\/\b\f\n\r\t', 'a' * 200 + '\u00e9',
    [], {}, (), [1, [2, [3, []]]], {'a': {'b': {}}}, (1, 'x'), [[], {}, ()],
    MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]), MyTuple((3, 4)), MyDict(q=1),
    ItemsDict(a=1), OD([('z', 1), ('a', 2)]), MyList(), MyTuple(),
    {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's', -7: 'neg', 10**20: 'big'},
    {False: 0, MyInt(7): 1, MyFloat(1.25): 2, MyStr('k'): 3},
    {float('nan'): 1}, {float('inf'): 1, float('-inf'): 2},
    [Point(1, 2), {3, 1, 2}, 1j],
    {'b': 1, 'a': 2, 'c': [3, {'z': 1, 'y': 2}]},
    {(1, 2): 'tuplekey', 'a': 1}, {1: 1, 'a': 2}, {b'x': 1}, {'\u00e9': '\U0001f600'},
    b'bytes', [1, 2, float('nan')], ['\u00e9\u00e8', {'\u00e9': '\U0001f600'}],
]

OPTIONS = [
    {}, {'ensure_ascii': False}, {'sort_keys': True}, {'skipkeys': True}, {'allow_nan': False},
    {'indent': 2}, {'indent': '\t'}, {'indent': 0}, {'separators': (',', ':')},
    {'default': default}, {'check_circular': False},
    {'default': default, 'sort_keys': True, 'indent': 1},
    {'skipkeys': True, 'sort_keys': True}, {'separators': (';', '=')},
]


def run(label, fn, *args, **kw):
    try:
        print(label, ascii(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))


for i, v in enumerate(VALUES):
    print('#', i)
    for opt in OPTIONS:
        run(' ', json.dumps, v, **opt)
    run(' iter', lambda: list(json.JSONEncoder().iterencode(v)))
    run(' iter/indent', lambda: list(json.JSONEncoder(indent=1, default=default).iterencode(v)))

# circular references
a = []
a.append(a)
d = {}
d['d'] = d
for v in (a, d, [a], {'x': d}, (1, a)):
    run('circular', json.dumps, v)
    run('circular iter', lambda: list(json.JSONEncoder().iterencode(v)))
    try:
        json.dumps(v, check_circular=False)
    except RecursionError as e:
        print('unchecked', type(e).__name__)
run('circular default', json.dumps, Point(1, 2), default=lambda o: [o])
s = [1]
print(json.dumps([s, s, {'a': s, 'b': (s, s)}]))

# default errors and results
run('default error', json.dumps, object)
run('default error', json.dumps, [1, {'a': Point(1, 2)}])
run('default raises', json.dumps, [Point(1, 2)], default=lambda o: 1 / 0)
run('default str', json.dumps, {'p': 1j}, default=repr)

# deep nesting
nest = []
for _ in range(100000):
    nest = [nest]
try:
    json.dumps(nest)
except RecursionError as e:
    print('RecursionError', e)
nest = {}
for _ in range(100000):
    nest = {'k': nest}
try:
    json.dumps(nest)
except RecursionError as e:
    print('RecursionError', e)

# dump writes chunks as they come (an error leaves the start written)
f = io.StringIO()
try:
    json.dump([1, 'a', {'b': object()}], f)
except TypeError as e:
    print('dump', e)
print(repr(f.getvalue()))
f = io.StringIO()
json.dump({'b': [1, 2, {'c': None}], 'a': 1.5}, f, indent=2, sort_keys=True)
print(f.getvalue())

# make_encoder itself
enc = _json.make_encoder(None, default, json.encoder.encode_basestring_ascii, None, ':', ',',
                         False, False, True)
run('enc', enc, [1, 'x', {2: Point(3, 4)}], 0)
run('enc str', enc, 'h\u00e9', 0)
run('enc kw', enc, obj=1.5, _current_indent_level=3)
custom = _json.make_encoder({}, str, lambda s: '<' + s + '>', 4, ': ', ', ', True, True, False)
run('custom', custom, {'b': 1, 'a': [True, None], 2: 'x', 1.5: 'f'}, 0)
run('custom skip', custom, {'a': 1, (1,): 2}, 0)
run('custom nan', custom, [float('nan')], 0)
run('custom nan key', custom, {float('inf'): 1}, 0)
print(custom.indent, type(custom.markers), custom.sort_keys, custom.skipkeys, custom.key_separator,
      custom.item_separator, custom.default, type(custom).__name__, type(custom).__module__)
bad = _json.make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)
run('bad encoder', bad, ['a'], 0)
run('bad encoder key', bad, {1: 2}, 0)
run('args', _json.make_encoder, [], str, str, None, ':', ',', False, False, True)
run('args', _json.make_encoder, None, str, str, None, 1, ',', False, False, True)
run('args', _json.make_encoder, None, str, str, None, ':', None, False, False, True)
run('args', _json.make_encoder, None, str, str, None, ':', ',', False, False)
run('args', enc)
run('args', enc, 1, 'x')
try:
    enc.sort_keys = True
except AttributeError as e:
    print('AttributeError', e)


class BadItems(dict):
    def items(self):
        return [('a', 1, 2)]


class NotIterItems(dict):
    def items(self):
        return 5


run('items', json.dumps, BadItems(a=1))
run('items', json.dumps, NotIterItems(a=1))
run('mixed keys', json.dumps, {1: 2, 'a': 3}, sort_keys=True)
run('mixed keys', json.dumps, {'a': 3, 1: 2}, sort_keys=True)
run('bad key', json.dumps, {(1, 2): 3})
run('bad key', json.dumps, {frozenset(): 3}, indent=1)

# encode_basestring(_ascii)
for s in ['', 'plain', '\u00e9\u20ac\U0001f600\ud800', '\x00\x01\x1f\x7f', '"\\/\b\f\n\r\t', MyStr('x"')]:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
run('ebs', _json.encode_basestring_ascii, b'x')
run('ebs', _json.encode_basestring, 1)
run('ebs', _json.encode_basestring_ascii)
run('ebs', _json.encode_basestring, 'a', 'b')

# containers changed by `default` while they are encoded: a dict's items are
# those it had when its encoding began, a list is read as it is now
mutated = {'a': Point(0, 0), 'b': 1, 'c': [Point(1, 1)]}


def drop_b(o):
    mutated.pop('b', None)
    mutated['z'] = 5
    return 'p'


print(json.dumps(mutated, default=drop_b), sorted(mutated))
grow = [Point(0, 0), 1, 2]
print(json.dumps(grow, default=lambda o: grow.append(3) if len(grow) < 6 else 'q'), len(grow))
shrink = [1, Point(0, 0), 2, 3]


def cut(o):
    del shrink[2:]
    return 'r'


print(json.dumps(shrink, default=cut), len(shrink))
cleared = {'a': Point(0, 0), 'b': 2}
run('indent clear', json.dumps, cleared, default=lambda o: cleared.clear() or 1, indent=1)
