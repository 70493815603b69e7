# The "event loop in ten lines": a round-robin scheduler over coroutines.
from collections import deque

class Yield:
    def __await__(self):
        yield

async def worker(name, n, log):
    total = 0
    for i in range(n):
        log.append(f"{name}:{i}")
        total += i
        await Yield()
    return f"{name} total {total}"

def run(*coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results

log = []
print(run(worker("a", 3, log), worker("b", 2, log), worker("c", 4, log)))
print(log)

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield self.ticks

async def sleeper(name, ticks, log):
    await Sleep(ticks)
    log.append(name)
    return name

log = []
print(run(sleeper("slow", 3, log), sleeper("fast", 1, log), sleeper("mid", 2, log)))
print(log)
