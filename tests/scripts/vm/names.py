# NameError, UnboundLocalError and free variables; globals() and locals().
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def g1():
    return undefined_name
def g2():
    x = x + 1
    return x
def g3():
    del y
def g4():
    y = 1
    del y
    return y
def g5():
    def inner():
        return v
    r = inner
    v = 1
    del v
    return r()
def g6():
    v = 1
    def inner():
        return v
    del v
    return inner()
def g7():
    global gv
    gv = 5
    return gv
def g8():
    global never_defined
    del never_defined

for f in [g1, g2, g3, g4, g5, g6, g7, g8]:
    show(f)

print(gv)
def loc(a, b=2):
    c = a + b
    def inner():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3]
print(loc(1))
print(sorted(k for k in globals() if not k.startswith('__'))[:5])
print(__name__)
x = 10
print(eval("x + 1"), eval("x * y", {"y": 3, "x": 2}))
ns = {}
exec("z = x + 5", {"x": 1}, ns)
print(ns)
exec("del x")
try:
    x
except NameError as e:
    print(e)
print(len is __builtins__.len)
