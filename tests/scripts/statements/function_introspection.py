# Function objects: names, qualnames, defaults, code attributes, identity and equality.
def outer(a, b=2, *args, c, d=4, **kw):
    "outer doc"
    def inner(x):
        return x
    return inner
inner = outer(1, c=3)
print(outer.__name__, outer.__qualname__, inner.__name__, inner.__qualname__)
print(outer.__doc__, inner.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, inner.__defaults__, inner.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6])
print(type(outer).__name__, callable(outer), callable(inner), callable(3))
f2 = outer
print(f2 is outer, f2 == outer, outer(1, c=3) is outer(1, c=3))
print(repr(outer).startswith("<function outer at 0x"), repr(inner).startswith("<function outer.<locals>.inner at 0x"))
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
def with_annotations(x: int, *, y: str = "s") -> list:
    pass
print(with_annotations.__annotations__)
print(with_annotations.__globals__ is globals())
def set_defaults(a, b):
    return a, b
set_defaults.__defaults__ = (10, 20)
print(set_defaults(), set_defaults(1))
print(outer.__dict__, hasattr(outer, "missing"))
outer.extra = [1]
print(outer.__dict__)
print(sorted([k for k in dir(outer) if k in ("__call__", "__name__", "__code__", "__defaults__")]))
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def make():
    return lambda: 0
print(make().__qualname__)
