# insertion order under growth, deletion and reinsertion; int/float/bool/str/big keys.
d = {}
for i in range(1000):
    d[i * 7919 % 1000] = i
print(len(d), list(d)[:10], list(d)[-5:])
for i in range(0, 1000, 3):
    del d[i]
print(len(d), list(d)[:10], sum(d), sum(d.values()))
for i in range(0, 1000, 3):
    d[i] = -i
print(len(d), list(d)[-5:], d[999], d[998])

# numeric keys that compare equal are the same key
h = {}
h[1] = 'int'
h[1.0] = 'float'
h[True] = 'bool'
print(h, len(h))
print({0: 'a', 0.0: 'b', False: 'c', -0.0: 'd'})
print(hash(1) == hash(1.0) == hash(True), {1.5: 'x'}[1.5], {2: 'two'}[2.0])
print({10**20: 'big', -10**20: 'neg', 2**61 - 1: 'm', 2**61: 'm1', -2**63: 'lo'})
print({10**20: 1}[10**20], (2**64) in {2**64: 0}, -1 in {-1: 0}, -2 in {-1: 0})

# negative and mixed keys
m = {-1: 'a', -2: 'b', 0: 'c', 'str': 'd', b'bytes': 'e', (1, 'x'): 'f', None: 'g'}
print(m)
print(m[-1], m[-2], m['str'], m[b'bytes'], m[(1, 'x')], m[None])

# str keys: equal strings built differently are the same key
s = {}
s['hello'] = 1
s['hel' + 'lo'] = 2
s[''.join(['h', 'e', 'l', 'l', 'o'])] = 3
print(s, 'hello' in s, 'h\u00e9llo' in s)
u = {'caf\u00e9': 1, '\u65e5\u672c': 2, '': 3}
print(u, u['caf\u00e9'], u[''])

# many string keys
w = {}
for i in range(500):
    w['key%d' % i] = i
print(len(w), w['key0'], w['key499'], list(w)[250])
for i in range(500):
    if i % 2:
        del w['key%d' % i]
print(len(w), list(w)[:3], list(w)[-2:])
w.clear()
print(w)

# popitem order is LIFO
p = {i: i for i in range(5)}
print([p.popitem() for _ in range(5)], p)

# dict comprehension, copy is independent
c = {k: v for k, v in zip('xyz', [1, 2, 3])}
cc = c.copy()
cc['w'] = 0
print(c, cc, c == cc)
