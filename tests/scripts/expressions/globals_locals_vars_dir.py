# globals(), locals(), vars(), dir() on modules, functions and the current scope.
import math
x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], g["__name__"], "f" in g, "math" in g, g is globals())
g["created_via_globals"] = "yes"
print(created_via_globals)
def nested():
    y = 1
    def inner():
        return y
    return sorted(locals())
print(nested())
print(vars() is globals(), vars(math) is math.__dict__, "sqrt" in vars(math))
print(sorted([n for n in dir() if not n.startswith("__")]))
print([n for n in dir(math) if n.startswith("is")], "append" in dir([]), "upper" in dir(""), "__len__" in dir(()))
def fn():
    pass
fn.tag = 1
print(vars(fn), dir(fn) == sorted(dir(fn)))
print(sorted([k for k in globals() if k in ("__name__", "__doc__", "__builtins__")]))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(eval("x + 1"), eval("a * 2", {"a": 21}), eval("b", {}, {"b": "local"}))
ns = {}
exec("z = x * 3\ndef h(): return z", {"x": 2}, ns)
print(sorted(ns), ns["z"])
exec("w = 5")
print(w)
