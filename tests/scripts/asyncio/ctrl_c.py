# Ctrl-C (SIGINT sent to ourselves) inside asyncio.run: the main task is
# cancelled, its cleanup runs, and asyncio.run raises KeyboardInterrupt;
# a main task that swallows the cancellation ends normally. SIGINT's
# handler is the default one again afterwards.
import asyncio
import os
import signal


async def main(swallow):
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('main task cancelled by Ctrl-C')
        if swallow:
            return 'swallowed'
        raise
    finally:
        print('cleanup runs')


try:
    asyncio.run(main(False))
except KeyboardInterrupt:
    print('asyncio.run raised KeyboardInterrupt')
print(asyncio.run(main(True)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def with_child_task():
    async def child():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('child cancelled at shutdown')
            raise
    asyncio.create_task(child())
    await main(False)

try:
    asyncio.run(with_child_task())
except KeyboardInterrupt:
    print('KeyboardInterrupt again')
