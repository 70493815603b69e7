# Exception handler reports: custom handlers and their context, the default
# handler's "Future exception was never retrieved", "Task exception was
# never retrieved" and "Exception in callback" reports, and errors raised
# by a handler itself.
import asyncio


def show_context(loop, context):
    keys = sorted(context)
    print('handler:', keys)
    print('  message:', context['message'])
    if 'exception' in context:
        print('  exception:', repr(context['exception']))
    for key in ('handle', 'future', 'task'):
        if key in context:
            print(f'  {key}:', repr(context[key]).replace(__file__, 'FILE'))


def bad_callback(x):
    raise ZeroDivisionError(f'callback got {x}')


async def failing():
    raise ValueError('nobody looks at me')


async def pending_forever():
    await asyncio.sleep(10)


async def custom():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(show_context)
    print(loop.get_exception_handler() is show_context)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)

    fut = loop.create_future()
    fut.set_exception(KeyError('lost'))
    del fut
    await asyncio.sleep(0)

    task = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(task.done())
    del task
    await asyncio.sleep(0)

    retrieved = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(repr(retrieved.exception()))
    del retrieved

    loop.call_exception_handler({'message': 'a custom report', 'extra': 5})

    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(None)


async def default_reports():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(KeyError('lost'))
    del fut
    task = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del task
    loop.call_exception_handler({'message': 'with extra keys', 'b': [1, 2],
                                 'a': 'text'})
    loop.call_exception_handler({})
    loop.default_exception_handler({'message': 'direct',
                                    'exception': OSError(5, 'io')})


asyncio.run(custom())
asyncio.run(default_reports())
print('end')
