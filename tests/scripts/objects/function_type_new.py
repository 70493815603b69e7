# types.FunctionType(code, globals, name, argdefs, closure) makes a function
# from a code object, with CPython's checks and messages.
import types
def f(): return a
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 5), (f.__code__, {}, None, [1]),
             (f.__code__, {}, None, None, (1,))]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
def g():
    x = 1
    def h(): return x
    return h
for args in [(g().__code__, {}), (g().__code__, {}, None, None, (1,))]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
h2 = types.FunctionType(g().__code__, {}, 'nm', None, g().__closure__)
print(h2(), h2.__name__, h2.__qualname__)
k = types.FunctionType(f.__code__, {'a': 1}, 'k', (3,))
print(k(), k.__defaults__, k.__name__, type(k(  )) )
print(type(types.FunctionType(f.__code__, {'a': 2})) is types.FunctionType, types.FunctionType(f.__code__, {'a': 2})())
