# gather: results in argument order, exceptions, return_exceptions,
# cancelling the gathering future and cancelled children.
import asyncio


async def value(x, delay=0.01):
    await asyncio.sleep(delay)
    return x


async def fail(msg, delay=0.01):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.03), value(2, 0.01), value(3)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value(1), fail('boom'))
    except ValueError as e:
        print('ValueError:', e)
    results = await asyncio.gather(value(1), fail('kept'),
                                   return_exceptions=True)
    print(results)

    # The same coroutine object twice gives one task.
    c = value('same')
    print(await asyncio.gather(c, c))

    # Futures and tasks mixed.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'fut')
    task = asyncio.create_task(value('task'))
    print(await asyncio.gather(fut, task, value('coro')))

    # Cancelling the outer future cancels the children.
    children = [asyncio.create_task(value(i, 1)) for i in range(3)]
    outer = asyncio.gather(*children)
    await asyncio.sleep(0)
    print(outer.cancel(), outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', outer.cancelled())
    print([c.cancelled() for c in children])

    # A cancelled child with return_exceptions becomes a CancelledError.
    t1 = asyncio.create_task(value('ok'))
    t2 = asyncio.create_task(value('never', 1))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.02)
    t2.cancel('stop it')
    res = await g
    print(res[0], type(res[1]).__name__, res[1].args)

    # Without return_exceptions, a cancelled child ends gather with
    # CancelledError.
    t3 = asyncio.create_task(value('x', 1))
    g = asyncio.gather(t3, value('y'))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError', g.cancelled(), g.done())

    # gather of a bad argument
    try:
        asyncio.gather(1)
    except TypeError as e:
        print('TypeError:', e)

    # The first exception wins; the other children keep running.
    slow = asyncio.create_task(value('slow', 0.05))
    try:
        await asyncio.gather(fail('first', 0.01), slow)
    except ValueError as e:
        print('ValueError:', e, slow.done())
    print(await slow)

asyncio.run(main())
