# freeing very deeply nested dicts and frozensets must not overflow the C stack.
d = {}
for i in range(200000):
    d = {'k': d}
del d
s = frozenset()
for i in range(200000):
    s = frozenset([s])
del s
m = {}
for i in range(100000):
    m = {'d': m, 's': {i}, 'f': frozenset([i])} if i % 2 else {i: m}
print(len(m))
m = None
print('ok')
