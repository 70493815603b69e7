# isinstance/issubclass (with tuples), type, id, callable, getattr family,
# globals/locals/vars/dir.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance("a", str), isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(KeyError, LookupError))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type(1), type("a"), type(None), type(type), type(len), type([].append))
print(type(1) is int, id(None) == id(None), id([]) is not None)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable("a".upper))


class Box:
    pass


b = Box()
setattr(b, "x", 5)
print(getattr(b, "x"), getattr(b, "y", "dflt"), hasattr(b, "x"), hasattr(b, "y"))
delattr(b, "x")
print(hasattr(b, "x"))
try:
    getattr(b, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr("abc", "upper")(), getattr(1, "real"))
g = globals()
print(g is globals(), "Box" in g, g["__name__"])
print(locals() is globals())


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
print(vars(b), sorted(k for k in vars(Box) if not k.startswith("__")))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
print("upper" in dir("a"), "append" in dir([]), dir(b) == sorted(dir(b)))


def h():
    y = 1
    return dir()


print(h())
