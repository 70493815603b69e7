# Functions with every kind of parameter, called in every way.
def full(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return f"a={a} b={b} c={c} d={d} args={args} e={e} f={f} kw={kwargs}"
print(full(1, 2, 3, e=5))
print(full(1, 2, c=3, e=5))
print(full(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(full(*(1, 2, 3), **{"e": 0, "z": 1}))
print(full(1, 2, 3, 4, *[5, 6], e=7, **{"a": "kw named a"}))
def kwonly(*, x, y=2):
    return x, y
print(kwonly(x=1), kwonly(y=3, x=4))
def posonly(x, y=10, /):
    return x, y
print(posonly(1), posonly(1, 2))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"abc"))
def kw_only_dict(**kw):
    return sorted(kw.items())
print(kw_only_dict(), kw_only_dict(b=1, a=2))
def default_expr(x=[1, 2][0] + 5, y=len("abc")):
    return x, y
print(default_expr())
counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def once(v=next_default()):
    return v
print(once(), once(), counter)
errors = [
    lambda: full(1, 2),
    lambda: full(1, b=2, c=3, e=4),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: posonly(x=1),
    lambda: full(1, 2, 3, e=1, c=3),
    lambda: once(1, 2),
    lambda: star_only(a=1),
]
for fn in errors:
    try:
        fn()
    except TypeError as err:
        print("TypeError:", err)
print(full.__code__.co_argcount, full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount)
print(full.__defaults__, full.__kwdefaults__, posonly.__defaults__, kwonly.__kwdefaults__)
