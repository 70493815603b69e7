# sequential_vs_concurrent.py: three one-second waits awaited one after the
# other take three seconds; the same waits run as tasks overlap and take one.
#
#   ./gilpy examples/asyncio/sequential_vs_concurrent.py
import asyncio
import time

from util import delay

WAIT = 1


async def sequential():
    for _ in range(3):
        await delay(WAIT)            # blocks main until this one is done


async def concurrent():
    tasks = [asyncio.create_task(delay(WAIT)) for _ in range(3)]
    for task in tasks:               # all three are already running
        await task


start = time.perf_counter()
asyncio.run(sequential())
seq = time.perf_counter() - start
start = time.perf_counter()
asyncio.run(concurrent())
conc = time.perf_counter() - start
print(f'sequential awaits: {seq:.2f} s, three tasks: {conc:.2f} s')
print(f'The tasks overlapped their waits: {seq / conc:.1f} times faster, '
      f'on one thread, because each await gave the loop back to the others.')
