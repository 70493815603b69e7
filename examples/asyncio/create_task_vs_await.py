# create_task_vs_await.py: the slide "Creation of tasks in the event loop".
# A bare `await coro` runs the coroutine right away and waits for it; a task
# is scheduled on the loop and runs while the creator goes on.
#
#   ./gilpy examples/asyncio/create_task_vs_await.py
import asyncio
import time

from util import async_timed, delay


@async_timed()
async def main(sleep_time):
    sleep_for = asyncio.create_task(delay(sleep_time))
    print(type(sleep_for))
    print('main goes on while the task waits')
    result = await sleep_for
    print(result)


@async_timed()
async def with_bare_await(sleep_time):
    result = await delay(sleep_time)
    print('main only gets here after delay() returned', result)


async def counting_while_waiting():
    task = asyncio.create_task(asyncio.sleep(1))
    ticks = 0
    start = time.perf_counter()
    while not task.done():
        await asyncio.sleep(0.1)
        ticks += 1
    took = time.perf_counter() - start
    print(f'main ran {ticks} times during the 1 s task ({took:.2f} s)')


asyncio.run(main(1))
asyncio.run(with_bare_await(1))
asyncio.run(counting_while_waiting())
print('A task is scheduled as soon as it is created; awaiting it only '
      'collects its result.')
