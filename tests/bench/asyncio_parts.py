# asyncio_parts.py: asyncio_tasks.py's three parts timed apart (CPU seconds
# of each, as `metric` lines run.py tabulates per interpreter): 100,000
# tasks created and gathered, 1,000,000 sleep(0) switches between two
# tasks, and a Queue(100) producer/consumer pair passing 200,000 items.
import asyncio
import time

from asyncio_tasks import square, switcher, producer, consumer  # the same coroutines


async def main():
    clock = time.process_time
    start = clock()
    results = await asyncio.gather(*(square(i) for i in range(100000)))
    gathered = clock()
    switches = await asyncio.gather(switcher(500000), switcher(500000))
    switched = clock()
    queue = asyncio.Queue(100)
    _, total = await asyncio.gather(producer(queue, 200000), consumer(queue))
    queued = clock()
    print('gathered', len(results), sum(results))
    print('switches', sum(switches))
    print('queue total', total)
    print(f'metric gather_100k_s {gathered - start:.3f}')
    print(f'metric switch_1m_s {switched - gathered:.3f}')
    print(f'metric queue_200k_s {queued - switched:.3f}')

asyncio.run(main())
