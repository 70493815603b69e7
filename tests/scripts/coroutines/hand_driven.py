# Coroutines driven by hand with send() until StopIteration.
async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

c = compute()
print(type(c).__name__)
print(repr(c).startswith("<coroutine object compute at 0x"))
print(c.cr_running, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def waiter():
    a = await Suspend()
    b = await Suspend()
    return a, b

w = waiter()
print(w.send(None))
print(w.send("first"))
try:
    w.send("second")
except StopIteration as e:
    print("done", e.value)

async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

async def nothing():
    return 7
n = nothing()
try:
    n.send(1)
except TypeError as e:
    print("TypeError:", e)
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def inner():
    return "inner"
async def outer():
    co = inner()
    r = await co
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    return r
try:
    outer().send(None)
except StopIteration as e:
    print("outer ->", e.value)

it = nothing().__await__()
print(type(it).__name__, iter(it) is it)
try:
    next(it)
except StopIteration as e:
    print("wrapper stop", e.value)

async def sub():
    v = await Suspend()
    return v * 2
async def main():
    return await sub() + 1
m = main()
print(m.send(None))
try:
    m.send(20)
except StopIteration as e:
    print("nested", e.value)
try:
    for x in nothing():
        pass
except TypeError as e:
    print("TypeError:", e)
