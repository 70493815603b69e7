# Cancellation at every kind of await, cancel(msg), cancelling()/uncancel(),
# and what a coroutine can do with CancelledError.
import asyncio


async def waits_on(name, awaitable_factory):
    try:
        await awaitable_factory()
    except asyncio.CancelledError as e:
        print(f'{name}: cancelled {e.args}')
        raise
    finally:
        print(f'{name}: finally')


async def cancel_after_start(name, factory, msg=None):
    task = asyncio.create_task(waits_on(name, factory))
    await asyncio.sleep(0.01)
    print(f'{name}: cancel() ->', task.cancel(msg) if msg else task.cancel())
    try:
        await task
    except asyncio.CancelledError as e:
        print(f'{name}: awaiting it raised CancelledError{e.args}')
    print(f'{name}: cancelled={task.cancelled()} done={task.done()}')


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    event = asyncio.Event()
    queue = asyncio.Queue()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    fut = loop.create_future()
    inner = asyncio.create_task(asyncio.sleep(10))

    async def cond_wait():
        async with cond:
            await cond.wait()

    await cancel_after_start('sleep', lambda: asyncio.sleep(10), 'bye')
    await cancel_after_start('future', lambda: fut)
    print('future after:', fut.cancelled())
    await cancel_after_start('event', event.wait)
    await cancel_after_start('lock', lock.acquire)
    await cancel_after_start('queue', queue.get)
    await cancel_after_start('condition', cond_wait)
    await cancel_after_start('semaphore', sem.acquire)
    await cancel_after_start('task', lambda: inner, 'msg')
    print('inner task after:', inner.cancelled())
    await cancel_after_start(
        'gather', lambda: asyncio.gather(asyncio.sleep(10),
                                         asyncio.sleep(10)))
    await cancel_after_start('wait_for',
                             lambda: asyncio.wait_for(asyncio.sleep(10), 5))
    print(lock.locked(), event.is_set(), queue.empty(), sem.locked())

    # Cancel before the first step: the coroutine never starts.
    async def never():
        print('never printed')
    t = asyncio.create_task(never())
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', t.cancelled())
    print(t.cancel(), 'cancel of a done task')

    # Catching the cancellation and returning normally.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'caught it'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print(t.uncancel(), t.uncancel())

    # cancelling() counts requests.
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print('cancelling:', t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        pass

    # shield: the outer await is cancelled, the inner task goes on.
    async def work():
        await asyncio.sleep(0.03)
        return 'shielded result'
    inner = asyncio.create_task(work())
    outer = asyncio.create_task(waits_on('shield',
                                         lambda: asyncio.shield(inner)))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print(await inner)

    # A task cancelling itself.
    async def self_cancel():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
        print('not reached')
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('self-cancelled', t.cancelled())

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.TimeoutError is TimeoutError)

    # Future.cancel(msg) and result()
    f = loop.create_future()
    f.cancel('reason')
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('result():', repr(e))

asyncio.run(main())
