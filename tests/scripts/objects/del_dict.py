# del obj.__dict__ drops an instance's namespace (a new empty one follows);
# functions and modules refuse.
class O:
    pass
o = O()
o.x = 1
del o.__dict__
print(o.__dict__, hasattr(o, "x"))
o.y = 2
print(vars(o))
del o.__dict__
del o.__dict__
print(vars(o))
o.__dict__ = {"z": 3}
print(o.z)
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)

class S:
    __slots__ = ("__dict__", "a")
s = S()
s.a = 1
s.b = 2
del s.__dict__
print(s.__dict__, s.a)

def f():
    pass
try:
    del f.__dict__
except Exception as e:
    print(type(e).__name__, e)
import types
m = types.ModuleType("m")
try:
    del m.__dict__
except Exception as e:
    print(type(e).__name__, e)
