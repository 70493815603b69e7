# A pending task nobody references any more: "Task was destroyed but it is
# pending!" through the loop's exception handler, when a collection finds it
# (gc.collect()) or at exit, as CPython reports it; the registry of tasks is
# weak; "Task exception was never retrieved" at exit.
import asyncio
import gc
import weakref

gc.disable()   # collections only where the script asks for them


def handler(loop, context):
    task = context.get('task')
    print('handler:', context['message'], '|', task.get_name(),
          'done' if task.get_coro().cr_frame is None else 'suspended',
          '| keys', sorted(context))


async def wait_forever(tag):
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print('finally of', tag)


async def sleep_forever(tag):
    try:
        await asyncio.sleep(3600)
    finally:
        print('finally of', tag)


# 1. The student's mistake: a task nobody keeps, waiting on a future nobody
# else has.  The collection finds it while the loop runs.
async def forgotten():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(wait_forever('forgotten'), name='forgotten')
    await asyncio.sleep(0)
    print('tasks before collect:', len(asyncio.all_tasks()))
    gc.collect()
    print('tasks after collect:', len(asyncio.all_tasks()))

asyncio.run(forgotten())

# 2. The same without a collection: asyncio.run cancels it at the end.
async def cancelled_at_end():
    asyncio.create_task(wait_forever('cancelled at end'))
    await asyncio.sleep(0)
    print('main ends')

asyncio.run(cancelled_at_end())

# 3. A task blocked in sleep() on a loop closed under it, then dropped.
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
task = loop.create_task(sleep_forever('sleeper'), name='sleeper')
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
ref = weakref.ref(task)
del task
print('alive before collect:', ref() is not None)
gc.collect()
print('alive after collect:', ref() is not None)

# 4. A task still referenced is not collected.
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
kept = loop.create_task(sleep_forever('kept'), name='kept')
loop.run_until_complete(asyncio.sleep(0.01))
gc.collect()
print('kept still pending:', not kept.done())

# 5. The registry is weak: a finished task nobody keeps is freed.
async def quick():
    return 1

async def finished():
    t = asyncio.create_task(quick())
    r = weakref.ref(t)
    await t
    del t
    await asyncio.sleep(0)   # the handle that woke us held it
    print('finished task freed:', r() is None)
    print('all_tasks:', [t.get_name() for t in asyncio.all_tasks()])

asyncio.run(finished())

# 6. Debug mode adds where the task was made.
async def debug_main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.get_running_loop().slow_callback_duration = 60
    asyncio.create_task(wait_forever('debug'), name='debug')
    await asyncio.sleep(0)
    gc.collect()

asyncio.run(debug_main(), debug=True)

# 7. At exit: the kept task (its loop not closed) is reported as pending, and
# a finished task whose exception nobody retrieved is reported too.
async def fail():
    raise ValueError('nobody looked')

loop2 = asyncio.new_event_loop()
loop2.set_exception_handler(lambda loop, context: print(
    'at exit:', context['message'], context.get('exception')))
failed = loop2.create_task(fail())
loop2.run_until_complete(asyncio.sleep(0))
print('end of script')
