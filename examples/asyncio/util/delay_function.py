# delay_function.py: delay(seconds), the course's stand-in for a slow I/O
# call: it says when it starts and ends and returns its argument.
import asyncio


async def delay(delay_seconds):
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds
