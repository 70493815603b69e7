# functools: partialmethod, singledispatchmethod, singledispatch registration errors.
import functools
class A:
    def f(self, a, b): return (a, b)
    g = functools.partialmethod(f, 1)
    @functools.singledispatchmethod
    def h(self, x): return 'obj'
    @h.register
    def _(self, x: int): return 'int'
a = A()
print(a.g(2), A.g(a, 3), a.h(1), a.h('s'))
print(repr(functools.partialmethod(len, 1)).startswith('functools.partialmethod(<built-in function len>, 1)'))
@functools.singledispatch
def f(x): return 'base'
f.register(float, lambda x: 'float')
print(f(1.5), f(1))
try: f()
except TypeError as e: print(e)
try: f.register(1, lambda x: 1)
except TypeError as e: print(e)
print(functools.reduce(lambda a, b: a * b, iter([1, 2, 3, 4])))
print(functools.partial(print, sep='-')(1, 2))
class P(functools.partial): pass
print(repr(P(len))[:20])
