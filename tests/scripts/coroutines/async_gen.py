# Async generators: __anext__, asend, athrow, aclose, async comprehensions.
class Suspend:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Suspend()
        yield i * 10

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print(out)
    print([x async for x in agen(4)])
    print({x: x + 1 async for x in agen(2)})
    print([x async for x in agen(5) if x > 10])
    return "ok"
print(run(main()))

g = agen(2)
print(type(g).__name__, repr(g).startswith("<async_generator object agen at"))
print(g.__aiter__() is g)
aw = g.__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)

async def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"

e = echo()
try:
    e.asend(None).send(None)
except StopIteration as s:
    print(s.value)
try:
    e.asend("hello").send(None)
except StopIteration as s:
    print(s.value)

async def careful():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("careful caught", err)
        yield "after throw"
    finally:
        print("careful finally")

c = careful()
try:
    c.__anext__().send(None)
except StopIteration as s:
    print("value", s.value)
try:
    c.athrow(ValueError("bad")).send(None)
except StopIteration as s:
    print("value", s.value)
try:
    c.aclose().send(None)
except StopIteration:
    print("closed")
try:
    c.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

async def short():
    yield 1
s = short()
run(s.__anext__())
try:
    s.__anext__().send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

async def bad():
    raise StopAsyncIteration
    yield
try:
    bad().__anext__().send(None)
except RuntimeError as err:
    print("RuntimeError:", err)

async def gen_expr_user():
    g = (x * 2 async for x in agen(3))
    print(type(g).__name__)
    return [v async for v in g]
print(run(gen_expr_user()))

async def busy():
    await Suspend()
    yield "busy value"
b = busy()
first = b.__anext__()
print(first.send(None))
try:
    b.__anext__().send(None)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    b.aclose().send(None)
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    first.send(None)
except StopIteration as s:
    print("first finished", s.value)
