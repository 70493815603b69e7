# TaskGroup: waiting for its tasks, an error cancelling the siblings and
# coming out as an ExceptionGroup, reprs and misuse errors.
import asyncio


async def value(x, delay):
    await asyncio.sleep(delay)
    return x


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def sibling(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('sibling cancelled')
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value(1, 0.02))
        t2 = tg.create_task(value(2, 0.01), name='second')
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), repr(tg))

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            tg.create_task(fail('one', 0.01))
            tg.create_task(fail('two', 0.01))
    except BaseException as eg:
        print(type(eg).__name__, eg.args[0], len(eg.exceptions))
        print(sorted(str(e) for e in eg.exceptions))
    print(log)

    # An error in the body cancels the tasks too.
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            await asyncio.sleep(0)
            raise KeyError('body')
    except BaseException as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(log)

    tg = asyncio.TaskGroup()
    coro = value(1, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro = value(1, 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()

    # Cancelling the parent from outside cancels the group's tasks and
    # the CancelledError goes up.
    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(log))
            await asyncio.sleep(1)
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled', p.cancelled(), log)

asyncio.run(main())
