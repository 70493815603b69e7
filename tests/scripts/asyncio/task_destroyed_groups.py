# Lost tasks that hold each other (a task awaiting a task, both unreachable),
# a task waiting on a future someone still has (not lost), a task the
# exception handler keeps (reported once, gone from all_tasks as from
# CPython's WeakSet), and rounds of lost tasks: gc.collect() frees them all.
import asyncio
import gc
import weakref

gc.disable()
kept = []


def handler(loop, ctx):
    t = ctx['task']
    print('report', t.get_name(), t.done(), ctx['message'])
    if t.get_name() == 'resurrect':
        kept.append(t)


async def forever():
    await asyncio.get_running_loop().create_future()


async def chain():
    inner = asyncio.create_task(forever(), name='inner')
    await inner


async def shared(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    asyncio.create_task(chain(), name='outer')
    fut = loop.create_future()
    asyncio.create_task(shared(fut), name='shared')
    asyncio.create_task(forever(), name='resurrect')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    gc.collect()
    print('after first collect', sorted(t.get_name() for t in asyncio.all_tasks()))
    gc.collect()
    print('kept', [t.get_name() for t in kept])
    fut.set_result(1)
    await asyncio.sleep(0)
    print('end', sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())


reports = 0


def counting_handler(loop, ctx):
    global reports
    reports += 1


async def many_rounds():
    asyncio.get_running_loop().set_exception_handler(counting_handler)
    refs = []
    for r in range(6):
        for i in range(3000):
            refs.append(weakref.ref(asyncio.create_task(forever())))
            refs.append(weakref.ref(asyncio.create_task(chain())))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        gc.collect()
    print('reports', reports, 'tasks left', len(asyncio.all_tasks()))
    print('lost tasks freed:', sum(ref() is None for ref in refs), 'of', len(refs))

asyncio.run(many_rounds())
print('done')
