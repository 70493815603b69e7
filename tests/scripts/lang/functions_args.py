# Defaults, keyword arguments, *args, **kwargs, keyword-only and positional-only.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))

def pos_only(x, y, /, z=0):
    return x + y + z

print(pos_only(1, 2), pos_only(1, 2, z=3))

def defaults_shared(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_shared(1), defaults_shared(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__)

def annotated(x: int, y: "str" = "s") -> bool:
    return True

print(annotated.__annotations__)
