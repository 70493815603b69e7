# types.coroutine: a generator function becomes awaitable (a generator-based
# coroutine); the course's "event loop in ten lines" drives such coroutines.
import types

@types.coroutine
def pause(label):
    got = yield label
    return got

async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += await pause(f"{name} step {i}")
    return f"{name} done with {total}"

def run(*coros):
    ready = [(c, None) for c in coros]
    results = []
    while ready:
        coro, value = ready.pop(0)
        try:
            label = coro.send(value)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            print(label)
            ready.append((coro, 10))
    return results

print(run(worker("a", 2), worker("b", 3)))
g = pause("x")
print(type(g).__name__, bool(g.gi_code.co_flags & 0x100))

def not_a_generator():
    return iter([1, 2])

w = types.coroutine(not_a_generator)
print(w.__name__, list(w()))
try:
    types.coroutine(5)
except TypeError as e:
    print(e)

async def native():
    return 1
print(types.coroutine(native) is native)
