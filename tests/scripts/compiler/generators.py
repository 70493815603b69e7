# Generator functions and generator expressions as the compiler emits them:
# GEN_START, yield in try/finally, yield from, return values, closures.
def gen(n):
    try:
        for i in range(n):
            x = yield i
            if x:
                print("got", x)
    finally:
        print("gen done")
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    return r
print(list(deleg()))
print(sum(x * x for x in range(10)), any(v > 3 for v in [1, 5]), sorted(c for c in "bca"))
print(list(x for x in range(3) for y in range(2) if x))
def ret():
    yield 1
    return "done"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
gx = (i for i in range(2))
print(type(gx).__name__, gx.__name__, gx.__qualname__)
def outer():
    return (lambda: (yield 5))()
print(list(outer()))
def closure_gen(k):
    return (i * k for i in range(3))
print(list(closure_gen(3)))
def nested():
    return [list(j for j in range(i)) for i in range(3)]
print(nested())
