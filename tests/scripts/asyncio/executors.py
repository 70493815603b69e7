# Executors: run_in_executor with the default and a custom pool, wrap_future,
# exceptions and cancellation crossing the thread boundary, to_thread, and
# the default executor's shutdown.
import asyncio
import concurrent.futures
import threading
import time


def work(x):
    time.sleep(0.01)
    return x * 10, threading.current_thread() is threading.main_thread()


def fails():
    raise LookupError('from a worker thread')


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 4))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, work, i) for i in range(4)))
        print(results)
        cf = pool.submit(work, 7)
        wrapped = asyncio.wrap_future(cf)
        print(type(wrapped).__name__, asyncio.isfuture(wrapped),
              await wrapped)
        print(asyncio.wrap_future(wrapped) is wrapped)
        try:
            await loop.run_in_executor(pool, fails)
        except LookupError as e:
            print('LookupError:', e)
        # Cancel a job that is still queued behind two slow ones.
        gate = threading.Event()
        busy = [loop.run_in_executor(pool, gate.wait) for _ in range(2)]
        queued_cf = pool.submit(work, 99)
        queued = asyncio.wrap_future(queued_cf)
        await asyncio.sleep(0.01)
        queued.cancel()
        await asyncio.sleep(0.01)
        print('queued job cancelled:', queued.cancelled(),
              queued_cf.cancelled())
        gate.set()
        await asyncio.gather(*busy)
    try:
        asyncio.wrap_future(5)
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        loop.set_default_executor(5)
    except TypeError as e:
        print('TypeError:', e)
    print(await asyncio.to_thread(sorted, [3, 1, 2]))

    # A coroutine sent to the loop from a thread.
    def from_thread():
        future = asyncio.run_coroutine_threadsafe(
            asyncio.sleep(0.01, 'scheduled from a thread'), loop)
        return future.result(5)
    print(await asyncio.to_thread(from_thread))
    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print('TypeError:', e)

    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, work, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
