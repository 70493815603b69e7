# isinstance/issubclass consult a metaclass's __instancecheck__ and
# __subclasscheck__ as CPython does: even for the class itself or a real
# subclass; only isinstance with the exact type skips the hook.
class M(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return False
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return False

class N(metaclass=M): pass
class Sub(N): pass

print(issubclass(N, N))
print(issubclass(Sub, N))
print(issubclass(N, (int, N)))
print(isinstance(N(), N))      # exact type: no hook
print(isinstance(Sub(), N))    # a subclass instance: the hook decides
print(isinstance(3, N))
print(isinstance(Sub(), (int, N)))

class Yes(type):
    def __instancecheck__(cls, inst): return 1
    def __subclasscheck__(cls, sub): return []
class Y(metaclass=Yes): pass
print(isinstance(5, Y), issubclass(int, Y))

class Raises(type):
    def __instancecheck__(cls, inst): raise ValueError("no instances")
    def __subclasscheck__(cls, sub): raise KeyError(sub.__name__)
class R(metaclass=Raises): pass
print(isinstance(R(), R))
for f in (lambda: isinstance(1, R), lambda: issubclass(R, R), lambda: issubclass(int, R)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# ABCs still work for real and registered subclasses
import abc
class A(abc.ABC): pass
class B(A): pass
class C: pass
A.register(C)
print(isinstance(B(), A), issubclass(B, A), isinstance(C(), A), issubclass(int, A))
