# Queues: producer/consumer with join/task_done, maxsize back-pressure,
# PriorityQueue, LifoQueue, QueueEmpty/QueueFull, str().
import asyncio
import random


async def producer(queue, name, items):
    for item in items:
        await queue.put((name, item))
        print(f'{name} put {item} (size {queue.qsize()})')


async def consumer(queue, name, seen):
    while True:
        who, item = await queue.get()
        seen.append((who, item))
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(queue, f'c{i}', seen))
                 for i in range(2)]
    await asyncio.gather(producer(queue, 'p1', range(3)),
                         producer(queue, 'p2', range(3, 6)))
    await queue.join()
    print('all done', sorted(seen), queue.empty(), queue.full())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q = asyncio.Queue()
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    print(q.get_nowait(), str(q))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    small = asyncio.Queue(1)
    small.put_nowait('x')
    try:
        small.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), small.full())

    # A blocked putter waits until a get makes room.
    async def late_get():
        await asyncio.sleep(0.01)
        print('getting', small.get_nowait())
    asyncio.create_task(late_get())
    await small.put('y')
    print('put y after the get', str(small))
    # A waiting getter appears in str().
    waiter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    waiter.cancel()

    pq = asyncio.PriorityQueue()
    rng = random.Random(5)
    items = list(range(8))
    rng.shuffle(items)
    for i in items:
        pq.put_nowait((i, f'item{i}'))
    print([pq.get_nowait()[1] for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)], str(lq))

    # Cancelling a getter does not lose an item.
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait('kept')
    print(getter.cancelled(), await q.get())
    print(asyncio.Queue[int], str(asyncio.PriorityQueue(3)))

asyncio.run(main())
