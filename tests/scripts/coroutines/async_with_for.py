# async with and async for, driven by hand.
class Suspend:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Suspend()
        return self.suppress

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks", ticks)
            return e.value

async def main():
    async with CM("a") as x:
        print("body", x)
    async with CM("b", True):
        raise ValueError("swallowed")
    try:
        async with CM("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    total = []
    async for v in Counter(3):
        total.append(v)
    else:
        print("else ran")
    async for v in Counter(5):
        if v == 2:
            break
    print("broke at", v)
    def inner():
        return 1
    return total

print(run(main()))

async def errors():
    try:
        async with 3:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in 3:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoNext:
        def __aiter__(self):
            return 1
    try:
        async for x in NoNext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadNext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 1
    try:
        async for x in BadNext():
            pass
    except TypeError as e:
        print("TypeError:", e, "/", e.__cause__)
    class OnlyEnter:
        async def __aenter__(self):
            pass
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

run(errors())

async def returns_in_with():
    async with CM("r"):
        return "from with"
print(run(returns_in_with()))
