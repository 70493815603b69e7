# Argument evaluation order, keyword order preserved in **kwargs, duplicates rejected.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, list(kwargs)
print(f(v(1), v(2), z=v(3), a=v(4), *[v(5)], **{"m": v(6)}), log)
log.clear()
print(f(b=1, a=2, c=3, **{"e": 4, "d": 5}))
def g(a, b, c):
    return a, b, c
print(g(c=3, a=1, b=2), g(1, c=3, b=2), g(*[1], **{"c": 3, "b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, **{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
def h(**kw):
    kw["added"] = True
    return kw
original = {"x": 1}
print(h(**original), original)
print(dict(a=1, **{"b": 2}), dict({"a": 0}, a=1))
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
