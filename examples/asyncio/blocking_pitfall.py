# blocking_pitfall.py: time.sleep() (or any blocking call) inside a
# coroutine stops the whole loop: nothing else runs until it returns.
# asyncio.to_thread() moves the blocking call to a worker thread, and the
# loop keeps serving the other tasks. Debug mode names the culprit:
# "Executing <Task ...> took 1.002 seconds".
#
#   ./gilpy examples/asyncio/blocking_pitfall.py
import asyncio
import time


def blocking_io():
    time.sleep(1)                   # stands for a blocking library call
    return 'done'


async def heartbeat(beats):
    while True:
        beats.append(time.perf_counter())
        await asyncio.sleep(0.1)


async def measure(label, work):
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0)
    start = time.perf_counter()
    await work()
    took = time.perf_counter() - start
    hb.cancel()
    gaps = [b - a for a, b in zip(beats, beats[1:])] or [took]
    print(f'{label}: {took:.2f} s, heartbeat ran {len(beats)} times, '
          f'longest gap {max(gaps):.2f} s')


async def blocked():
    blocking_io()


async def in_thread():
    await asyncio.to_thread(blocking_io)


async def main():
    await measure('time.sleep in a coroutine', blocked)
    await measure('asyncio.to_thread        ', in_thread)


asyncio.run(main())
print('With the blocking call on the loop the heartbeat stopped for a '
      'second; in a thread it kept beating every 0.1 s.')
print('Debug mode reports the slow step:')
asyncio.run(blocked(), debug=True)
