# Many tasks with random cancellations and timeouts at every kind of await:
# every task ends, nothing is left pending, no descriptor leaks. Only those
# facts are printed (how each task ends depends on timing).
import asyncio
import os
import random


def open_fds():
    return len(os.listdir('/proc/self/fd'))


async def worker(rng, lock, event, queue, sem, cond):
    for _ in range(rng.randrange(1, 4)):
        kind = rng.randrange(7)
        if kind == 0:
            await asyncio.sleep(rng.random() * 0.01)
        elif kind == 1:
            async with lock:
                await asyncio.sleep(0)
        elif kind == 2:
            await asyncio.wait_for(event.wait(), rng.random() * 0.01)
        elif kind == 3:
            try:
                queue.put_nowait(1)
            except asyncio.QueueFull:
                pass
            await asyncio.wait_for(queue.get(), 0.005)
        elif kind == 4:
            async with sem:
                await asyncio.sleep(0.001)
        elif kind == 5:
            async with asyncio.timeout(rng.random() * 0.005):
                async with cond:
                    await cond.wait()
        else:
            await asyncio.gather(asyncio.sleep(0.001), asyncio.sleep(0))
    return 'ok'


async def main(n):
    rng = random.Random(1234)
    lock = asyncio.Lock()
    event = asyncio.Event()
    queue = asyncio.Queue(10)
    sem = asyncio.Semaphore(3)
    cond = asyncio.Condition()
    fds = open_fds()
    tasks = [asyncio.create_task(worker(random.Random(i), lock, event,
                                        queue, sem, cond))
             for i in range(n)]
    for _ in range(n // 3):
        await asyncio.sleep(rng.random() * 0.001)
        rng.choice(tasks).cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    outcomes = {'ok', 'CancelledError', 'TimeoutError'}
    kinds = {r if r == 'ok' else type(r).__name__ for r in results}
    print('tasks:', len(results), 'all done:', all(t.done() for t in tasks))
    print('only expected outcomes:', kinds <= outcomes, sorted(kinds))
    print('left pending:', len(asyncio.all_tasks()) - 1)
    print('lock free:', not lock.locked(), 'semaphore back to 3:',
          sem._value == 3)
    print('descriptors leaked:', open_fds() - fds)

asyncio.run(main(3000))
