# pprint: line breaking of dicts, lists, tuples, sets, nested structures; width, indent,
# depth, compact, sort_dicts, underscore_numbers; pp, saferepr, isreadable, isrecursive.
import pprint
import io

data = {'name': 'gilpy', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'x': (1, 2, 3)}],
        'b': 'text ' * 10}, 'tuple1': (1,), 'empty': [], 'set': {3, 1, 2}, 'fs': frozenset({5, 4})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(10))] * 3, width=30, compact=True)
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30}, sort_dicts=False)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pprint([10 ** 10, 12345678, {'big': 2 ** 70}], underscore_numbers=True)
print(pprint.pformat([10 ** 10, 12345678], underscore_numbers=True))
print(pprint.pformat(('one element tuple that is long enough to wrap around the line',), width=30))
print(pprint.pformat((), width=1), pprint.pformat([], width=1), pprint.pformat({}, width=1))
print(pprint.pformat([[[[[[1]]]]]], width=1))
print(pprint.pformat([(1, 2), (3, 4)], width=7))
print(pprint.pformat({'key': [1, 2, 3], 'other': (4, 5)}, width=10))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): None, None: 0}))   # mixed key types
print(pprint.pformat({2.5, 1, 'x'} - {'x'}))

# recursion
lst = [1, 2]
lst.append(lst)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(lst).startswith('[1, 2, <Recursion on list with id='))
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isrecursive([1]), pprint.isreadable([1]))
print(pprint.isreadable(object()), pprint.isreadable({'a': 1.5}), pprint.isreadable(pprint))
out = pprint.pformat(d)
print(out[:30], '<Recursion on dict with id=' in out)
printer = pprint.PrettyPrinter()
print(printer.isrecursive(d), printer.isreadable(d), printer.isreadable({'a': (1, 2)}))
print(pprint.saferepr({'b': 1, 'a': [2, (3,)]}), pprint.saferepr('x'), pprint.saferepr(12))

# stream argument
buf = io.StringIO()
pprint.pprint({'k%02d' % i: i for i in range(8)}, stream=buf, width=20)
print(buf.getvalue(), end='')
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint(['a' * 10, 'b' * 10, 'c' * 10])
print(buf.getvalue().splitlines()[-3:])

for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError:', e)

class Custom:
    def __repr__(self):
        return 'Custom()'

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return 'ReprList!'

print(pprint.pformat([Custom()] * 12, width=30))
print(pprint.pformat(MyList(range(30)), width=40))
print(pprint.pformat(ReprList(range(30)), width=10))
print(pprint.pformat([True, None, 1.5, 2j, b'x', bytearray(b'yz')] * 3, width=40))
