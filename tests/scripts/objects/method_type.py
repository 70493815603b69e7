# types.MethodType(function, instance): binding by hand, CPython's checks (WeakMethod uses it).
import types
class C:
    def f(self, x): return (self, x)
c = C()
m = types.MethodType(C.f, c)
print(m(1)[1], m.__self__ is c, m == c.f)
m2 = types.MethodType(len, [1, 2])
print(m2())
for bad in (lambda: types.MethodType(1, c), lambda: types.MethodType(C.f, None), lambda: types.MethodType(C.f),
            lambda: types.MethodType(C.f, c, 1), lambda: types.MethodType(func=C.f, instance=c)):
    try:
        bad()
    except TypeError as e:
        print(e)
