# def: defaults, keyword-only defaults, annotations, docstrings, names,
# positional-only parameters, decorators (bottom-up), evaluation order.

order = []

def note(tag, value):
    order.append(tag)
    return value

def deco(tag):
    order.append("deco " + tag)
    def apply(f):
        order.append("apply " + tag)
        f.tags = getattr(f, "tags", ()) + (tag,)
        return f
    return apply

@deco("outer")
@deco("inner")
def f(a, b=note("default b", 2), /, c=note("default c", 3), *args,
      d, e=note("kwdefault e", 5), **kw) -> note("return ann", "R"):
    "The docstring."
    return a, b, c, args, d, e, kw

print(order)
print(f.tags)
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, e=7, z=8))

def ann(a: int, /, b: "str", *c: 1, d: 2, **e: 3) -> None:
    pass
print(ann.__annotations__)

def no_doc():
    x = "not a docstring"
    return x
print(no_doc.__doc__, no_doc())

def only_doc():
    """Only a docstring."""
print(only_doc.__doc__, only_doc())

def fstring_is_not_doc():
    f"{1}"
print(fstring_is_not_doc.__doc__)

lam = lambda x, y=10, *, z=20: x + y + z
print(lam.__name__, lam.__qualname__, lam.__doc__, lam(1), lam(1, 2, z=3))
print(lam.__defaults__, lam.__kwdefaults__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

class K:
    def method(self):
        return (lambda: 0).__qualname__
    def glob(self):
        global helper
        def helper():
            pass
        return helper.__qualname__
print(K.method.__qualname__, K().method(), K().glob())

def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
try:
    kwonly()
except TypeError as e:
    print(e)

def posonly(a, b, /):
    return a + b
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
mutable_default(1)
print(mutable_default(2))

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20))
