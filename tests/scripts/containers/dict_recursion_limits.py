# deep reprs and self-referential comparisons raise RecursionError like CPython.
d = {}
for i in range(5000):
    d = {'k': d}
try:
    repr(d)
except RecursionError as e:
    print('RecursionError:', e)
a = {}; a[1] = a
b = {}; b[1] = b
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError:', e)
s = set()
x = frozenset()
for i in range(5000):
    x = frozenset([x])
try:
    repr(x)
except RecursionError as e:
    print('RecursionError:', e)
try:
    hash(x)
    print('hash ok')
except RecursionError as e:
    print('RecursionError:', e)
