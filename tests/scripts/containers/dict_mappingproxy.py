# mappingproxy: d.keys().mapping, read-only access, errors.
d = {'a': 1, 'b': 2}
m = d.keys().mapping
print(m, repr(m), str(m), type(m).__name__, len(m), m['a'], 'a' in m, 'z' in m, list(m))
print(m.get('a'), m.get('z', 0), m.keys(), m.values(), m.items(), m.copy(), list(reversed(m)))
print(m == d, m == {'a': 1, 'b': 2}, m != d, m | {'c': 3}, {'c': 3} | m)
d['c'] = 3
print(m, d.values().mapping, d.items().mapping['c'])
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
def setit():
    m['x'] = 1
def delit():
    del m['a']
def ior():
    global m
    m |= {}
attempt(setit)
attempt(delit)
attempt(ior)
attempt(lambda: m['zz'])
attempt(lambda: hash(m))
attempt(lambda: m.pop)
attempt(lambda: m.get())
attempt(lambda: type(m)([1, 2]))
attempt(lambda: type(m)(5))
attempt(lambda: type(m)({'q': 1}))
attempt(lambda: type(m)())
