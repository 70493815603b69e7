# dict basics: construction, repr, lookup, mutation methods, copy, equality, | and |=.
d = {}
print(d, len(d), bool(d))
d = {'a': 1, 'b': 2, 3: 'three', (1, 2): [1, 2], None: None, 2.5: True}
print(d)
print(len(d), bool(d))
print(d['a'], d[3], d[(1, 2)], d[None], d[2.5])
print('a' in d, 'z' in d, 3 in d, (1, 2) in d, 'a' not in d)

print(dict())
print(dict(a=1, b=2))
print(dict([('x', 1), ('y', 2)], z=3))
print(dict({'p': 1}, q=2))
print(dict(zip('abc', range(3))))
print(dict(['ab', 'cd']))
print(dict({1: 2}.items()))
print(dict([(i, i * i) for i in range(5)]))

# get / setdefault
print(d.get('a'), d.get('zz'), d.get('zz', 42))
print(d.setdefault('a', 100), d.setdefault('new', 7), d.setdefault('none'))
print(d)

# pop / popitem
print(d.pop('new'), d.pop('missing', 'dflt'))
e = {1: 'a', 2: 'b', 3: 'c'}
print(e.popitem(), e)
e[4] = 'd'
print(e.popitem(), e.popitem(), e)
e[9] = 'z'
print(e)

# update
u = {1: 1}
u.update({2: 2})
u.update([(3, 3)])
u.update(four=4)
u.update({1: 'one'}, five=5)
u.update()
print(u)

# del, clear, copy
c = u.copy()
del c[1]
print(c, u)
c.clear()
print(c, len(c))
c[1] = 1
print(c)

# fromkeys
print(dict.fromkeys('abc'))
print(dict.fromkeys([1, 2, 3], 0))
print(dict.fromkeys({5: 1, 6: 2}, 'v'))
print({}.fromkeys(range(3), []))

# equality
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == {})
print({1: [1]} == {1: [1]}, {1: 2} == {2: 1}, {1: 2} == [1])

# | and |=
a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a)
a |= b
print(a)
a |= [(9, 9)]
print(a)
try:
    a | [(1, 2)]
except TypeError as ex:
    print('TypeError:', ex)

# overwrite keeps order
o = {'x': 1, 'y': 2, 'z': 3}
o['x'] = 10
print(o)
del o['y']
o['y'] = 20
print(o, list(o))

# recursion in repr
r = {}
r['self'] = r
print(r)
l = [r]
print(l)

# values of all kinds
print({'s': 'str', 'f': 1.5, 'n': -3, 'l': [1, {2: 3}], 't': (1,), 'b': b'x'})

# iteration
for k in {'one': 1, 'two': 2}:
    print(k, end=' ')
print()
for k, v in {'one': 1, 'two': 2}.items():
    print(k, v, end='; ')
print()
print(list(reversed({1: 2, 3: 4, 5: 6})))
print(sorted({3: 1, 1: 2, 2: 3}))
print(list({1: 'a'}.values()), list({1: 'a'}.items()))
