# types.CoroutineType/AsyncGeneratorType, yield from a coroutine, cr_await,
# awaiting a coroutine twice at once, reused asend awaitables.
import types

async def f():
    return 1

async def ag():
    yield 1

c = f()
print(type(c) is types.CoroutineType, type(ag()) is types.AsyncGeneratorType)
print(isinstance(c, types.CoroutineType), types.CoroutineType.__name__)
c.close()

def g():
    yield from f()
try:
    next(g())
except TypeError as e:
    print("TypeError:", e)

class A:
    async def m(self):
        return 5
a = A().m()
print(repr(a).split(" at ")[0])
a.close()

class Tick:
    def __await__(self):
        yield 1

async def inner():
    await Tick()
    return "inner done"

shared = inner()

async def user():
    return await shared

c1 = user()
print(c1.send(None))
print(c1.cr_await is shared, type(shared.cr_await).__name__)
c2 = user()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c1.send(None)
except StopIteration as e:
    print("c1 ->", e.value)

z = ag().asend(None)
try:
    z.send(None)
except StopIteration as e:
    print("asend ->", e.value)
try:
    z.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def agen_cleanup():
    try:
        yield 1
    finally:
        print("agen finally")
x = agen_cleanup()
try:
    x.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
del x
print("after del")

y = ag()
try:
    y.athrow(ValueError("v")).send(None)
except ValueError as e:
    print("athrow unstarted:", e)
try:
    y.asend(None).send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

async def nested_comp():
    return [[j async for j in ag()] for i in range(2)]
try:
    nested_comp().send(None)
except StopIteration as e:
    print(e.value)
