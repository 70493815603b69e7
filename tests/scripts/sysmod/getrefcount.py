# sys.getrefcount counts the argument reference, as CPython.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
print(sys.getrefcount(object()))
