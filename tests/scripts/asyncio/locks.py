# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier: fairness,
# states (reprs without addresses) and misuse errors.
import asyncio


def state(obj):
    return repr(obj).split(' [', 1)[1]


async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(name):
        async with lock:
            order.append(f'{name} in')
            await asyncio.sleep(0.01)
            order.append(f'{name} out')

    await asyncio.gather(*(worker(n) for n in 'abc'))
    print(order)
    print(state(lock), lock.locked())
    await lock.acquire()
    blocked = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await blocked
    print(state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with lock as got:
        print('as value:', got)

    event = asyncio.Event()
    print(state(event), event.is_set())

    async def waiter(n):
        await event.wait()
        return n
    waiters = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    print(await asyncio.gather(*waiters), state(event))
    event.clear()
    print(state(event), await asyncio.wait_for(asyncio.sleep(0, 'ok'), 1))

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'got', items.pop(0))

    consumers = [asyncio.create_task(consume(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*consumers)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
    print(state(sem))
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', max(peak), state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(state(bs))
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    plain = asyncio.Semaphore(0)
    plain.release()
    print(state(plain))

    barrier = asyncio.Barrier(3)
    print(state(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def meet(i):
        await asyncio.sleep(0.01 * i)
        pos = await barrier.wait()
        return pos
    print(sorted(await asyncio.gather(*(meet(i) for i in range(3)))))
    print(state(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(state(b2))
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError:', e, state(b2))
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())


# A lock used from two loops.
lock = asyncio.Lock()


async def use():
    async with lock:
        await asyncio.sleep(0)
    await lock.acquire()
    lock.release()

asyncio.run(use())
try:
    asyncio.run(use())
except RuntimeError as e:
    print('RuntimeError:', str(e).split(' [')[1])
