# contextvars with asyncio: each task runs in a copy of the context current
# when it was made; call_soon/call_later/add_done_callback take context=;
# create_task(context=) shares a context; to_thread carries the context into
# the worker; a plain thread starts with an empty context.
import asyncio
import contextvars
import threading

request = contextvars.ContextVar('request', default='none')
depth = contextvars.ContextVar('depth')


async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    # Other tasks set request meanwhile; this task still sees its own value.
    return f'{name}:{request.get()}'


async def nested():
    depth.set(1)
    inner = asyncio.create_task(child())
    await inner
    return depth.get(), inner.result()


async def child():
    # A copy of the parent's context at creation: sees depth 1, and its
    # own change stays inside.
    seen = depth.get()
    depth.set(seen + 1)
    return seen, depth.get()


def in_worker():
    return request.get()


def plain_thread(results):
    results.append(('thread sees', request.get(), depth.get('unset')))
    request.set('thread')
    results.append(('thread set', request.get()))


async def main():
    loop = asyncio.get_running_loop()
    request.set('main')
    print(await asyncio.gather(handler('a', 0.02), handler('b', 0.01),
                               handler('c', 0)))
    print('main still', request.get())
    print('nested', await nested(), 'main depth', depth.get('unset'))

    # A context shared by two tasks: the second sees the first's change.
    shared = contextvars.copy_context()
    t1 = asyncio.create_task(handler('shared', 0), context=shared)
    await t1
    print('t1', t1.result())
    print('shared holds', shared[request], 'main', request.get())
    t2 = loop.create_task(asyncio.sleep(0, request.get()), context=shared)
    print('t2', await t2)

    # Callbacks run in the context given, else in a copy of the current one.
    seen = []
    ctx = contextvars.Context()
    loop.call_soon(lambda: seen.append(('soon', request.get())))
    loop.call_soon(lambda: seen.append(('soon ctx', request.get())),
                   context=ctx)
    loop.call_later(0.001, lambda: seen.append(('later', request.get())))
    ctx2 = contextvars.copy_context()
    ctx2.run(request.set, 'ctx2')
    loop.call_later(0.001, lambda: seen.append(('later ctx', request.get())),
                    context=ctx2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append(('done', request.get())))
    fut.add_done_callback(lambda f: seen.append(('done ctx', request.get())),
                          context=ctx2)
    request.set('changed after scheduling')
    fut.set_result(None)
    await asyncio.sleep(0.01)
    for item in seen:
        print(*item)

    loop.call_soon(lambda: print('handle ran in', request.get()), context=ctx2)
    await asyncio.sleep(0)

    # to_thread copies the context into the worker thread.
    request.set('for worker')
    print('to_thread', await asyncio.to_thread(in_worker))

    # A new thread starts with an empty context of its own.
    results = []
    t = threading.Thread(target=plain_thread, args=(results,))
    t.start()
    t.join()
    for r in results:
        print(*r)
    print('after thread', request.get())

    # Setting inside a task and resetting with its token.
    async def token_user():
        token = request.set('temporary')
        before = request.get()
        request.reset(token)
        return before, request.get(), token.old_value
    print('token', await asyncio.create_task(token_user()))

    # A token from one task's context cannot reset in another.
    token = request.set('outer')
    async def wrong_reset():
        try:
            request.reset(token)
        except ValueError as exc:
            return str(exc).endswith('was created in a different Context')
    print('wrong reset refused', await asyncio.create_task(wrong_reset()))


asyncio.run(main())


# asyncio.run's main task runs in a copy of the caller's context.
request.set('outside')


async def show():
    value = request.get()
    request.set('inside run')
    return value

print('run sees', asyncio.run(show()), 'outside keeps', request.get())
with asyncio.Runner() as runner:
    ctx = contextvars.copy_context()
    print('runner context', runner.run(show(), context=ctx), ctx[request])
