# dict views: repr, len, in, iteration, reversed, dynamic updates, set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), len(v), len(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print('a' in k, 'z' in k, 1 in v, 9 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it, ('a',) in it)
d['d'] = 4
print(k, v, it)
del d['a']
print(list(k), list(v), list(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print({}.keys(), {}.values(), {}.items())

# set operations on keys
k1 = {1: 0, 2: 0, 3: 0}.keys()
k2 = {2: 0, 3: 0, 4: 0}.keys()
print(k1 & k2, k1 | k2, k1 - k2, k1 ^ k2)
print(k1 & {2, 5}, k1 | [7], k1 - (1,), k1 ^ {3, 9})
print({2, 5} & k1, [7] | k1 if False else 'skip', {1, 9} - k1, {3, 9} ^ k1)
print(k1 & [1, 1, 2], k1 - [], type(k1 & k2).__name__)
print(k1.isdisjoint({5, 6}), k1.isdisjoint([3]), k1.isdisjoint(k2), k1.isdisjoint(k1))

# comparisons
print(k1 == {1, 2, 3}, k1 == {1, 2}, k1 != {1, 2, 3}, k1 < {1, 2, 3, 4}, k1 <= {1, 2, 3})
print(k1 > {1}, k1 >= {1, 2, 3, 4}, k1 == k2, k1 == [1, 2, 3], {1, 2, 3} == k1)
print({'x': 1}.keys() == {'x': 2}.keys(), {'x': 1}.items() == {'x': 2}.items())

# items set operations
i1 = {1: 'a', 2: 'b'}.items()
i2 = {2: 'b', 3: 'c'}.items()
print(sorted(i1 & i2), sorted(i1 | i2), sorted(i1 - i2), sorted(i1 ^ i2))
print(i1 == {(1, 'a'), (2, 'b')}, i1 < {(1, 'a'), (2, 'b'), (3, 'c')})

# values views are not sets
try:
    {1: 2}.values() & {2}
except TypeError as e:
    print('TypeError:', e)
try:
    hash({}.keys())
except TypeError as e:
    print('TypeError:', e)
try:
    {1: 2}.keys()[0]
except TypeError as e:
    print('TypeError:', e)
vv = {1: 2}.values()
print(vv == vv, {1: 2}.values() == {1: 2}.values())

# recursion through a view
r = {}
r[1] = r.values()
print(r)
r2 = {}
r2['k'] = r2.items()
print(r2)

# iterator types and length hints
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(type(reversed(d)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
ki = iter({1: 1, 2: 2, 3: 3})
next(ki)
print(ki.__length_hint__(), list(ki), ki.__length_hint__())

# items reuse does not leak between tuples
pairs = list({1: 'x', 2: 'y'}.items())
print(pairs)
seen = []
for p in {1: 'x', 2: 'y', 3: 'z'}.items():
    seen.append(p)
print(seen)
