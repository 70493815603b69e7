import types
from contextlib import asynccontextmanager, aclosing, nullcontext

def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name + "!"
    finally:
        print("close", name)

async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    async with nullcontext(7) as v:
        print("null", v)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for x in g:
            print("got", x)
            break
    return "done"

c = main()
print(isinstance(c, types.CoroutineType), type(c).__name__)
print(run(c))

async def ag():
    yield 1
print(isinstance(ag(), types.AsyncGeneratorType))

@asynccontextmanager
async def noyield():
    if False:
        yield
async def bad():
    async with noyield():
        pass
try:
    run(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
