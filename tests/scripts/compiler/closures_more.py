# More closures, defaults, lambdas, nonlocal/global, early exits from loops
# and try/finally inside functions.
def cells(a, *args, k=1, **kw):
    def inner():
        return a, args, k, kw
    return inner
print(cells(1, 2, 3, k=4, z=5)())

def cell_and_arg_shadow(x, y):
    def get_y():
        return y
    x = x + 1
    return x, get_y()
print(cell_and_arg_shadow(1, 2))

def comp_in_closure():
    base = 100
    return [(lambda v=v: v + base)() for v in range(3)]
print(comp_in_closure())

def nested_comp_free():
    k = 3
    return [[i * k + j for j in range(k)] for i in range(2)]
print(nested_comp_free())

def walrus_cell():
    [y := i for i in range(4)]
    def g():
        return y
    return y, g()
print(walrus_cell())

def deco_factory(n):
    def deco(f):
        def wrapper(*a, **k):
            return f(*a, **k) * n
        wrapper.__name__ = f.__name__
        return wrapper
    return deco

@deco_factory(
    3
)
def triple(x):
    return x
print(triple(5), triple.__name__)

def kw_mangle():
    def f(*, __private=5):
        return __private
    return f()
print(kw_mangle())

def defaults_eval_once():
    calls = []
    def mk():
        calls.append(1)
        return len(calls)
    def f(a=mk(), b=mk()):
        return a, b
    return f(), f(), calls
print(defaults_eval_once())

def varargs_only(*args):
    return args
print(varargs_only(), varargs_only(1, 2))

def kwargs_only(**kw):
    return sorted(kw.items())
print(kwargs_only(b=2, a=1))

def all_kinds(a, b, /, c, d=4, *e, f, g=7, **h):
    return a, b, c, d, e, f, g, h
print(all_kinds(1, 2, 3, f=6))
print(all_kinds(1, 2, 3, 4, 5, 6, f=6, g=8, h=9))

lam2 = lambda *a, **k: (a, k)
print(lam2(1, x=2))
print((lambda: (lambda: 42))()())
print((lambda x: lambda y: x + y)(1)(2))

def counter_gen():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return step, peek
s, p = counter_gen()
s(); s()
print(p())

def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(del_local())

def global_in_nested():
    def setter():
        global GV
        GV = "set"
    setter()
    return GV
print(global_in_nested())

def early_return_in_loop():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return i, j
print(early_return_in_loop())

def return_in_try_finally():
    log = []
    def f():
        try:
            return "try"
        finally:
            log.append("finally")
    return f(), log
print(return_in_try_finally())

def break_in_finally_loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            out.append(i)
    return out
print(break_in_finally_loop())

def continue_in_with():
    class CM:
        pass
    return "skip"

def docstring_func():
    """Doc."""
    return docstring_func.__doc__
print(docstring_func())

def recursive_closure():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact(10)
print(recursive_closure())

def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

x = 5
def read_global():
    return x
print(read_global())

def unbound_global_style():
    try:
        print(x)
        x = 3
    except UnboundLocalError as e:
        print(e)
unbound_global_style()

print([(lambda: i)() for i in range(3)])
print({i: (lambda: i) for i in range(2)}[0]())
funcs = {}
for name in ["a", "b"]:
    def f(name=name):
        return name
    funcs[name] = f
print(funcs["a"](), funcs["b"]())
print(list(map(lambda v: v * 2, [1, 2, 3])))
print(sorted([3, 1, 2], key=lambda v: -v))
