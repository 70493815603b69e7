# Debug mode: creation sites in reprs, the slow-step report (its duration
# masked), refused non-thread-safe calls and callback checks.
import asyncio, sys, time

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def flush(self):
        pass
    def getvalue(self):
        return ''.join(self.parts)


async def blocker():
    time.sleep(0.6)

def run_captured(coro_fn):
    err = Capture()
    old = sys.stderr
    sys.stderr = err
    try:
        asyncio.run(coro_fn(), debug=True)
    finally:
        sys.stderr = old
    lines = []
    for line in err.getvalue().split('\n'):
        if ' took ' in line and line.endswith(' seconds'):
            head, _, tail = line.rpartition(' took ')
            float(tail.split()[0])
            line = head + ' took N seconds'
        lines.append(line)
    text = '\n'.join(lines)
    print(text.replace(__file__, 'FILE'))

async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.5
    t = loop.create_task(blocker())
    await t
    print(repr(t).replace(__file__, 'FILE'))
    h = loop.call_soon(print)
    print(repr(h).replace(__file__, 'FILE'))
    await asyncio.sleep(0)

run_captured(main)


async def checks():
    import threading
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    # a loaded machine (or a sanitizer build) must not trigger the slow-step report here
    loop.slow_callback_duration = 10

    def other():
        for call in (lambda: loop.call_soon(print, 'x'),
                     lambda: loop.call_later(1, print)):
            try:
                call()
            except RuntimeError as e:
                print('RuntimeError:', e)
    th = threading.Thread(target=other)
    th.start()
    await asyncio.to_thread(th.join)
    coro = checks()
    for bad in (checks, 5, coro):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print('TypeError:', e)
    coro.close()
    loop.set_debug(False)
    loop.call_soon(5)
    print('not checked without debug')
    loop.set_exception_handler(lambda loop, ctx: print(ctx['message']))
    await asyncio.sleep(0)

asyncio.run(checks(), debug=True)
