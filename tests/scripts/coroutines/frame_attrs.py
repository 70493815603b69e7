# gi_frame / cr_frame / ag_frame: the frame of a suspended generator,
# coroutine or async generator (its line and code), None once it finished.
import types

def gen():
    x = 1
    yield x
    yield x + 1

g = gen()
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)   # not started: the def line
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
for _ in g:
    pass
print(g.gi_frame)

@types.coroutine
def suspend():
    yield "tick"

async def coro():
    await suspend()
    return 5

c = coro()
print(c.cr_frame.f_lineno, c.cr_frame.f_code.co_name, c.cr_frame.f_globals is globals())
print(c.send(None), c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_frame)

async def agen():
    yield 1
    yield 2

a = agen()
print(a.ag_frame.f_lineno)
step = a.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value, a.ag_frame.f_lineno)
a.aclose().close()
