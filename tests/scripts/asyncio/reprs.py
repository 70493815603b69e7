# Reprs and types of futures, tasks and handles as CPython 3.11 shows them
# (finished tasks: "done, defined at"), plus task names and accessors.
import asyncio
import functools


def clean(obj):
    return repr(obj).replace(__file__, 'FILE')


async def answer(x=42):
    return x


async def boom():
    raise ValueError('boom')


def callback(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut), type(asyncio.current_task()))
    print(asyncio.Future, asyncio.Task, asyncio.Future.__module__)
    print(clean(fut))
    fut.add_done_callback(callback)
    print(clean(fut))
    fut.add_done_callback(functools.partial(callback))
    fut.add_done_callback(print)
    print(clean(fut))
    print(fut.remove_done_callback(print), fut.remove_done_callback(print))
    fut.set_result(['a' * 50, 2])
    print(clean(fut))
    for value in (None, 7, 'x' * 100, list(range(10)), {'k': 1},
                  (1,), 2 ** 200, {1, 2}, b'bytes' * 20):
        f = loop.create_future()
        f.set_result(value)
        print(f)
    f = loop.create_future()
    f.set_exception(KeyError('k'))
    print(f, repr(f.exception()))
    f = loop.create_future()
    f.cancel()
    print(f, f.cancelled(), f.done())
    for call in (f.set_result, f.set_exception):
        try:
            call(1)
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    pending = loop.create_future()
    for call in (pending.result, pending.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    try:
        pending.set_exception(StopIteration)
    except TypeError as e:
        print('TypeError:', e)
    pending.cancel()
    print(asyncio.Future[int], asyncio.Task[str])
    print(asyncio.isfuture(fut), asyncio.isfuture(1), asyncio.isfuture(
        asyncio.Future))

    t = asyncio.create_task(answer(), name='worker')
    print(t.get_name(), t.done(), t.get_coro().__name__)
    print(await t)
    print(clean(t))
    t.set_name(12)
    print(repr(t.get_name()))
    t2 = asyncio.create_task(boom())
    try:
        await t2
    except ValueError:
        pass
    print(clean(t2))
    t3 = asyncio.create_task(answer())
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        pass
    print(clean(t3))
    for call in (t3.set_result, t3.set_exception):
        try:
            call(1)
        except RuntimeError as e:
            print('RuntimeError:', e)
    g = asyncio.gather(answer(1), answer(2))
    print(type(g).__name__, await g, g)
    try:
        asyncio.create_task(answer)
    except TypeError as e:
        print('TypeError:', str(e).split(' at 0x')[0])
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError:', e)

    class Awaitable:
        def __await__(self):
            return (yield from asyncio.sleep(0, 'custom').__await__())
    print(await asyncio.ensure_future(Awaitable()))
    coro = answer()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(answer),
          asyncio.iscoroutinefunction(answer),
          asyncio.iscoroutinefunction(functools.partial(answer, 1)),
          asyncio.iscoroutinefunction(callback))
    coro.close()
    print(asyncio.current_task().get_name(),
          len(asyncio.all_tasks()), asyncio.all_tasks() ==
          {asyncio.current_task()})
    print(asyncio.current_task(loop) is asyncio.current_task())

asyncio.run(main())
print(asyncio.current_task(asyncio.new_event_loop()))
