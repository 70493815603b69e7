# attribute caches: instances whose dicts differ in order, deletion, class
# attributes appearing later, __dict__ replaced, slots and properties
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def get(self):
        return self.x, self.y

class Q:
    def __init__(self, x, y):
        self.y = y
        self.x = x

def read(o):
    return o.x + o.y

def write(o, v):
    o.x = v

objs = [P(1, 2), Q(3, 4), P(5, 6)]
for i in range(3):
    print([read(o) for o in objs])
    for o in objs:
        write(o, o.x + 10)
p = P(1, 2)
del p.x
try:
    read(p)
except AttributeError as e:
    print('AttributeError', e)
write(p, 7)
print(read(p), list(p.__dict__))
p.__dict__ = {'y': 1, 'x': 2}
print(read(p))
write(p, 5)
print(p.__dict__)
P.x = property(lambda self: 100)
try:
    write(P(0, 0), 1)
except AttributeError as e:
    print('AttributeError', e)
print(read(objs[0]))
del P.x
print(read(objs[0]))
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1; s.y = 2
print(read(s)); write(s, 9); print(s.x)
class D(dict):
    pass
class R:
    pass
r = R()
r.__dict__ = D(x=1, y=2)
print(read(r)); write(r, 4); print(r.__dict__, type(r.__dict__).__name__)
class Sa:
    def __setattr__(self, n, v):
        print('setattr', n, v)
        object.__setattr__(self, n, v)
sa = Sa()
for i in range(2):
    write(sa, i)
print(sa.x)
import types
m = types.ModuleType('m')
for i in range(2):
    write(m, i)
print(m.x)
for i in range(3):
    o = P(i, i)
    o.z = i
    del o.y
    o.y = 5
    print(read(o), list(o.__dict__))
