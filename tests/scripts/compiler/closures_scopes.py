# Closures: cells for parameters and locals, nonlocal through several
# levels, late binding, class-body scoping rules, global declarations.

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))

def param_cell(x):
    def get():
        return x
    x += 1
    return get
print(param_cell(41)())

def three_levels():
    v = "a"
    def mid():
        def inner():
            nonlocal v
            v += "b"
            return v
        return inner
    f = mid()
    f()
    return f(), v
print(three_levels())

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())

def early_binding():
    return [f() for f in [lambda i=i: i for i in range(3)]]
print(early_binding())

x = "global x"
class Scope:
    x = "class x"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.y)

def func_with_class():
    x = "function x"
    class Inner:
        print(x)
        x = "class attr"
        print(x)
        def m(self):
            return x
    return Inner().m(), Inner.x
print(func_with_class())

def func_with_class_free():
    v = "enclosing"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner.w, Inner().m()
print(func_with_class_free())

g = 0
def set_global():
    global g
    g = 42
set_global()
print(g)

def unbound():
    try:
        print(late)
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    def inner():
        return late
    return inner()
print(unbound())

def free_unbound():
    def inner():
        return val
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    val = 3
    return inner()
print(free_unbound())

def deleted_cell():
    a = 1
    def get():
        return a
    del a
    try:
        get()
    except NameError as e:
        print(e)
deleted_cell()

def shadow(len):
    return len
print(shadow(5))

def walrus_scope():
    data = [1, 2, 3, 4]
    found = [(last := v) for v in data if v > 1]
    return found, last
print(walrus_scope())
