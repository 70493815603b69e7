# The loop's iteration as user code sees it: the timeouts a custom selector
# is asked to wait (the nearest timer's delay, 0 with callbacks ready, None
# with nothing to do, capped at a day), a loop whose time() is a virtual
# clock, loops that override _run_once or call_soon (tasks and futures go
# through the override), call_soon_threadsafe waking a loop blocked in its
# wait, and the -X loop=select|poll|epoll mechanisms.
import asyncio
import selectors
import subprocess
import sys
import threading
import time


class Clock:
    now = 1000.0


class RecordingSelector(selectors.SelectSelector):
    """Records each wait's timeout; a wait moves the virtual clock on."""

    def __init__(self):
        super().__init__()
        self.timeouts = []

    def select(self, timeout=None):
        self.timeouts.append(timeout)
        if timeout:
            Clock.now += timeout
            timeout = 0
        return super().select(timeout)


class VirtualLoop(asyncio.SelectorEventLoop):
    def time(self):
        return Clock.now


def virtual_clock():
    print('-- virtual clock')
    selector = RecordingSelector()
    loop = VirtualLoop(selector)
    fired = []
    loop.call_later(5, lambda: fired.append(('5s', loop.time())))
    loop.call_later(2, lambda: fired.append(('2s', loop.time())))
    loop.call_at(1003, lambda: fired.append(('at 1003', loop.time())))
    loop.call_later(10 ** 6, lambda: fired.append('never'))
    loop.call_soon(lambda: fired.append(('soon', loop.time())))

    async def sleeper():
        await asyncio.sleep(7.5)
        fired.append(('slept', loop.time()))
        loop.stop()

    loop.create_task(sleeper())
    loop.run_forever()
    print(fired)
    print(selector.timeouts)
    loop.close()


def capped_wait():
    print('-- capped')
    selector = RecordingSelector()
    loop = VirtualLoop(selector)
    loop.call_later(10 ** 7, loop.stop)
    loop.run_forever()
    print(selector.timeouts[:3], len(selector.timeouts))
    loop.close()


class CountingLoop(asyncio.SelectorEventLoop):
    iterations = 0
    soon_calls = 0

    def _run_once(self):
        self.iterations += 1
        super()._run_once()

    def call_soon(self, callback, *args, context=None):
        self.soon_calls += 1
        return super().call_soon(callback, *args, context=context)


def overrides():
    print('-- overrides')
    loop = CountingLoop()

    async def switch(n):
        for _ in range(n):
            await asyncio.sleep(0)
        return n

    async def main():
        fut = loop.create_future()
        loop.call_soon(fut.set_result, 'done')
        return await asyncio.gather(switch(3), switch(5)), await fut

    print(loop.run_until_complete(main()))
    print(loop.iterations > 5, loop.soon_calls >= 10)
    loop.close()


def threadsafe():
    print('-- call_soon_threadsafe')
    loop = asyncio.new_event_loop()
    got = []

    def other():
        time.sleep(0.05)
        loop.call_soon_threadsafe(got.append, 'from thread')
        loop.call_soon_threadsafe(loop.stop)

    t = threading.Thread(target=other)
    start = time.monotonic()
    t.start()
    loop.run_forever()   # nothing scheduled: waits with no timeout
    t.join()
    print(got, time.monotonic() - start < 5)
    loop.close()


CHILD = '''
import asyncio, sys
async def main():
    loop = asyncio.get_running_loop()
    r, w = await asyncio.open_connection(*(await start()))
    w.write(b'ping\\n')
    line = await r.readline()
    w.close()
    await asyncio.sleep(0.01)
    return type(loop._selector).__name__, line
async def start():
    async def echo(r, w):
        w.write(await r.readline())
        await w.drain()
        w.close()
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    return server.sockets[0].getsockname()
print(*asyncio.run(main()))
'''


def mechanisms():
    # gilpy picks the selector named by -X loop= (CPython ignores the option)
    print('-- -X loop=')
    ours = sys.implementation.name == 'gilpy'
    for kind in ('select', 'poll', 'epoll', None):
        args = [sys.executable] + (['-X', f'loop={kind}'] if kind else []) + ['-c', CHILD]
        out = subprocess.run(args, capture_output=True, text=True)
        name, line = out.stdout.split()
        expected = {'select': 'SelectSelector', 'poll': 'PollSelector',
                    'epoll': 'EpollSelector'}.get(kind)
        print(kind, name == expected or kind is None or not ours, line, out.stderr)


virtual_clock()
capped_wait()
overrides()
threadsafe()
mechanisms()
