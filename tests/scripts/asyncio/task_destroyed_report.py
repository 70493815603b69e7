# CPython's own report of a pending task that is destroyed, on stderr through
# the default exception handler: found by a collection, its coroutine already
# closed ("done").  (At exit CPython's order of finalizers decides whether the
# coroutine is closed before the report: not tested here.)
import asyncio
import gc

gc.disable()


async def wait_forever():
    await asyncio.get_running_loop().create_future()


async def main():
    asyncio.create_task(wait_forever())
    await asyncio.sleep(0)
    gc.collect()
    print('main ends')

asyncio.run(main())

