# inspect.getsource of classes and functions made in functions, async defs, decorated and
# nested classes, frames, multi-line lambdas, and a whole module.
import inspect, functools, sys

def factory():
    class Local:
        def m(self):
            return 1
    def inner(a,
              b):
        return a + b
    return Local, inner

Local, inner = factory()
print(inspect.getsource(Local), inspect.getsource(Local.m), inspect.getsource(inner))

async def coro(x):
    await x

@functools.total_ordering
class Decorated:
    def __lt__(self, o): return False
    def __eq__(self, o): return True

print(inspect.getsource(coro), inspect.getsource(Decorated))
class A:
    class B:
        class C:
            pass
class C:
    x = 1
print(inspect.getsource(A.B.C), inspect.getsource(C))
f = sys._getframe()
print(inspect.getsourcelines(f)[1], len(inspect.getsourcelines(f)[0]))
def show():
    fr = sys._getframe()
    return inspect.getsource(fr)
print(show())
print(inspect.getsource(lambda a: (a +
    1)))
x = [lambda: 1, lambda: 2]
print(inspect.getsource(x[1]))
print(inspect.getsource(inspect.getmodule(show))[:30])
