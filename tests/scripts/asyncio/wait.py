# wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED / timeout),
# wait_for timeouts, as_completed, timeout()/timeout_at().
import asyncio


async def value(x, delay):
    await asyncio.sleep(delay)
    return x


async def fail(delay):
    await asyncio.sleep(delay)
    raise KeyError('bad')


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(value('a', 0.01), name='a')
    b = asyncio.create_task(value('b', 0.2), name='b')
    done, pending = await asyncio.wait({a, b},
                                       return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait([b])
    print('ALL_COMPLETED', names(done), names(pending))

    c = asyncio.create_task(value('c', 0.01), name='c')
    d = asyncio.create_task(fail(0.02), name='d')
    e = asyncio.create_task(value('e', 0.3), name='e')
    done, pending = await asyncio.wait([c, d, e],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    print(repr(d.exception()))
    done, pending = await asyncio.wait([e], timeout=0.01)
    print('timeout', names(done), names(pending))
    e.cancel()

    for bad in ([], a):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__ + ':', exc)
    try:
        await asyncio.wait([a], return_when='SOMETIMES')
    except ValueError as exc:
        print('ValueError:', exc)

    # wait_for
    print(await asyncio.wait_for(value('in time', 0.01), timeout=1))
    print(await asyncio.wait_for(value('no timeout', 0.01), timeout=None))
    try:
        await asyncio.wait_for(value('late', 1), timeout=0.02)
    except asyncio.TimeoutError as exc:
        print('TimeoutError', repr(exc),
              type(exc.__cause__).__name__)
    try:
        await asyncio.wait_for(value('late', 1), timeout=0)
    except TimeoutError:
        print('TimeoutError with timeout=0')
    t = asyncio.create_task(value('cancel me', 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled by wait_for:', t.cancelled())

    async def slow_cleanup():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.02)
            print('cleanup done before TimeoutError')
            raise
    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError:
        print('TimeoutError after cleanup')

    # as_completed
    coros = [value('slow', 0.06), value('fast', 0.01), value('mid', 0.03)]
    for next_done in asyncio.as_completed(coros):
        print('as_completed:', await next_done)
    try:
        for next_done in asyncio.as_completed([value('x', 1)], timeout=0.01):
            await next_done
    except TimeoutError:
        print('as_completed timed out')
    try:
        asyncio.as_completed(a)
    except TypeError as exc:
        print('TypeError:', exc)

    # timeout()
    try:
        async with asyncio.timeout(0.02) as cm:
            print(cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as exc:
        print('timeout() expired', cm.expired(), repr(cm),
              type(exc.__cause__).__name__)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print(cm.when(), repr(cm))
    print(repr(cm), cm.expired())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    try:
        cm.reschedule(3)
    except RuntimeError as exc:
        print('RuntimeError:', exc)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout_at expired')
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('negative delay expires at once')
    # A nested timeout expiring inside an outer one.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired')
            await asyncio.sleep(0)
            print('outer still fine', asyncio.current_task().cancelling())
    except TimeoutError:
        print('not reached')

asyncio.run(main())
