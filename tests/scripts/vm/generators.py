# Generators: next/send/throw/close, yield from delegation, return values,
# PEP 479, cleanup of suspended generators, sys.exc_info() inside them.
def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen(5)), sum(i*i for i in range(10)))
def sub():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield from [10, 20]
print(list(outer()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = fin(); print(next(g)); g.close(); print("closed")
g = fin(); print(next(g)); del g
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher(); next(c); c.throw(ValueError("boom")); c.throw(ValueError, "b2")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))
g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<generator object gen at "))
print([x for x in (y*2 for y in range(4)) if x])
def deleg():
    try:
        yield from catcher()
    finally:
        print("deleg fin")
d = deleg(); next(d); d.throw(ValueError("through")); d.close()
import sys
def excinfo():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
e = excinfo()
print(repr(next(e)), sys.exc_info()[1], repr(next(e)))

def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__ + ":", e)

g = gen(2)
show(lambda: g.send(1))
def selfref():
    yield me.send(None)
me = selfref()
show(lambda: next(me))
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignores(); next(ig)
show(ig.close)
show(lambda: next(ig))
def unstarted():
    print("never printed")
    yield
u = unstarted()
show(lambda: u.throw(KeyError("early")))
show(lambda: next(u))
show(lambda: gen(1).throw(1))
show(lambda: gen(1).throw(ValueError("x"), 1))
def counter():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
c = counter(); next(c)
for v in [1, 2, 3]:
    c.send(v)
show(lambda: c.send(None))
show(lambda: next(c))
print(list(zip(gen(3), "abc")), dict((k, k * 2) for k in range(3)))
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
print(list(nested(5)))
def yf_iter():
    r = yield from iter([1, 2])
    yield r
print(list(yf_iter()))
def closing_order():
    try:
        yield from fin()
    finally:
        print("outer fin")
co = closing_order(); next(co); co.close()
