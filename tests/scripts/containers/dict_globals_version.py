# every kind of dict mutation is seen by cached global lookups (the dict version).
x = 1
def get():
    return x
g = globals()
print(get())
g['x'] = 2
print(get())
g.update(x=3)
print(get())
g.update({'x': 4})
print(get())
g |= {'x': 5}
print(get())
del g['x']
try:
    get()
except NameError as e:
    print('NameError:', e)
print(g.setdefault('x', 6), get())
print(g.pop('x'))
try:
    get()
except NameError as e:
    print('NameError:', e)
g['x'] = 7
print(get())
exec('x = 8', g)
print(get())
import builtins
orig_len = len
def uses_len():
    return len([1, 2])
print(uses_len())
builtins.len = lambda o: 'patched'
print(uses_len())
del builtins.len
try:
    uses_len()
except NameError as e:
    print('NameError:', e)
builtins.len = orig_len
print(uses_len())
x = 9
print(get(), [get() for _ in range(3)])
for i in range(3):
    x = i * 10
    print(get(), end=' ')
print()
