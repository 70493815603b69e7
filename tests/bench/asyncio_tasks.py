# asyncio_tasks.py: the event loop's core paths: 100,000 tasks created and
# gathered, sleep(0) switches between two tasks, and a queue
# producer/consumer pair (CPython runs its Task and Future in C).
import asyncio


async def square(i):
    return i * i


async def switcher(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            return total
        total += item


async def main():
    results = await asyncio.gather(*(square(i) for i in range(100000)))
    print('gathered', len(results), sum(results))
    print('switches', sum(await asyncio.gather(switcher(200000),
                                               switcher(200000))))
    queue = asyncio.Queue(100)
    _, total = await asyncio.gather(producer(queue, 200000), consumer(queue))
    print('queue total', total)

if __name__ == '__main__':
    asyncio.run(main())
