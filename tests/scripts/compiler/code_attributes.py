# Code object attributes as CPython 3.11 shows them: co_flags values,
# argument counts, local/cell/free names, docstring constant, qualnames.
def f(): pass
def g(*a, **k):
    x = 1
    def h():
        return x
    yield h
def outer():
    y = 1
    def inner():
        return y
    return inner
def params(a, b=1, /, c=2, *d, e, f=3, **g):
    "doc"
    local = 1
    return local
lam = lambda x, *, y=0: x
for fn in (f, g, outer, outer(), params, lam):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_flags, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars,
          co.co_firstlineno)
print(params.__code__.co_consts[0], lam.__code__.co_consts[0])
print([c.co_flags for c in compile("[i for i in y]\n(i for i in y)\n", "s", "exec").co_consts
       if hasattr(c, "co_flags")])
print(compile("x = 1", "s", "exec").co_flags, compile("x = 1", "s", "exec").co_name)
print(compile("1 + 2", "s", "eval").co_consts)
def nested_comps(rows):
    return [[c for c in r] for r in rows], [x for x in (y for y in rows)]
inner = [k for k in nested_comps.__code__.co_consts if hasattr(k, "co_consts")]
print([k.co_qualname for k in inner],
      [[j.co_qualname for j in k.co_consts if hasattr(j, "co_qualname")] for k in inner])
def order(pair):
    try:
        first = pair[0]
    except IndexError:
        fallback = None
    else:
        second = pair[1]
    return first, second
print(order.__code__.co_varnames)
def captured(a, b, *rest, **kw):
    z = y = 0
    def inner():
        return kw, z, a, y, rest
    return inner
print(captured.__code__.co_cellvars, captured(1, 2)().__class__.__name__)
def dunder():
    __ = 1
    return [__ for __ in range(2)], __
print(dunder.__code__.co_varnames)
