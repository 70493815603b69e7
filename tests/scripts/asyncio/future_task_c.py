# Future and Task as C classes (_asyncio.Future/_asyncio.Task): types,
# reprs, states and their errors, cancel messages, cancelling/uncancel, the
# future iterator behind await, _asyncio_future_blocking, callbacks with
# contexts, subclasses, bad yields and the current/all task registry.
import asyncio
import contextvars
import sys


def show(label, fn):
    try:
        print(label, fn())
    except BaseException as exc:
        print(label, type(exc).__name__, exc)


def callback(fut):
    print('callback got', fut.result() if not fut.cancelled() else 'cancelled')


async def child(delay, value):
    await asyncio.sleep(delay)
    return value


async def catches():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as exc:
        print('child cancelled with', exc.args)
        task = asyncio.current_task()
        print('cancelling', task.cancelling(), 'uncancel', task.uncancel(),
              task.cancelling())
        return 'survived'


def bad_yield_gen():
    yield 5


class BadAwaitable:
    def __await__(self):
        yield 'not a future'


class Yielder:
    def __await__(self):
        yield from bad_yield_gen()


async def await_self():
    await asyncio.current_task()


class MyFuture(asyncio.Future):
    def __init__(self, label, *, loop=None):
        super().__init__(loop=loop)
        self.label = label

    def __repr__(self):
        return f'<MyFuture {self.label} {self._state}>'


class MyTask(asyncio.Task):
    steps = 0

    def set_name(self, value):
        super().set_name(f'my-{value}')


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.Future, asyncio.Task, asyncio.Future.__module__)
    print(issubclass(asyncio.Task, asyncio.Future),
          asyncio.Future.__name__, asyncio.Task.__qualname__)

    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled(), fut._state)
    show('result pending:', fut.result)
    show('exception pending:', fut.exception)
    print('blocking', fut._asyncio_future_blocking)
    fut._asyncio_future_blocking = True
    print('blocking', fut._asyncio_future_blocking)
    fut._asyncio_future_blocking = False
    fut.add_done_callback(callback)
    fut.add_done_callback(print)
    print('removed', fut.remove_done_callback(print))
    fut.set_result(42)
    print(repr(fut), fut.result(), fut.exception())
    show('set twice:', lambda: fut.set_result(1))
    show('cancel done:', fut.cancel)
    await asyncio.sleep(0)

    fut = loop.create_future()
    show('StopIteration:', lambda: fut.set_exception(StopIteration()))
    fut.set_exception(KeyError)
    print(repr(fut), repr(fut.exception()))
    show('result raises:', fut.result)
    show('log traceback:', lambda: setattr(fut, '_log_traceback', True))
    fut._log_traceback = False
    print(fut._log_traceback)

    fut = loop.create_future()
    print('cancel', fut.cancel(msg='stop now'), fut.cancelled(), repr(fut))
    show('cancelled result:', fut.result)
    show('cancelled exception:', fut.exception)
    print('made', repr(fut._make_cancelled_error()))

    # The iterator behind await.
    fut = loop.create_future()
    it = fut.__await__()
    print('first step is the future', next(it) is fut, fut._asyncio_future_blocking)
    fut.set_result('done')
    try:
        it.send(None)
    except StopIteration as stop:
        print('then StopIteration', stop.value)
    it2 = iter(fut)
    try:
        next(it2)
    except StopIteration as stop:
        print('done future iterates to', stop.value)
    fut = loop.create_future()
    it3 = fut.__await__()
    next(it3)
    show('await without task:', lambda: next(it3))
    print(await asyncio.sleep(0, 'awaited'))

    # Callbacks run in their context.
    var = contextvars.ContextVar('var', default='default')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cb sees', var.get()), context=ctx)
    fut.add_done_callback(lambda f: print('cb2 sees', var.get()))
    fut.set_result(None)
    await asyncio.sleep(0)

    # Subclasses.
    mine = MyFuture('first')
    print(repr(mine), mine.label, isinstance(mine, asyncio.Future))
    mine.extra = 5
    print(mine.extra)
    mine.set_result(1)
    print(repr(mine), await mine)
    mt = MyTask(child(0, 'from MyTask'), name='t')
    print(mt.get_name(), type(mt).__name__, await mt)

    # Tasks.
    task = asyncio.create_task(child(0.01, 'value'), name='worker')
    print(repr(task).split(' coro=')[0], task.get_name(), task.get_coro().__name__)
    task.set_name(17)
    print(repr(task.get_name()))
    await asyncio.sleep(0)
    print(repr(task).split(' coro=')[0], 'wait_for=' in repr(task))
    print(await task, repr(task).split(' coro=')[0])
    show('task set_result:', lambda: task.set_result(1))
    show('task set_exception:', lambda: task.set_exception(ValueError()))
    show('not a coroutine:', lambda: asyncio.Task(1))

    task = asyncio.create_task(catches())
    await asyncio.sleep(0)
    print('cancel', task.cancel('please'), 'cancelling', task.cancelling())
    print(repr(task).split(' coro=')[0])
    print(await task, task.cancelled())

    task = asyncio.create_task(child(1, None))
    await asyncio.sleep(0)
    task.cancel('go away')
    task.cancel('again')
    print('cancelling', task.cancelling())
    try:
        await task
    except asyncio.CancelledError as exc:
        print('awaiting cancelled task:', exc.args, task.cancelled())
    show('cancelled task result:', task.result)

    task = asyncio.create_task(child(0, 'x'))
    print('cancel before start', task.cancel(), repr(task).split(' coro=')[0])
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled before it ran')

    for maker in (lambda: Yielder(), lambda: BadAwaitable()):
        async def awaiter(a=maker()):
            await a
        t = asyncio.create_task(awaiter())
        try:
            await t
        except RuntimeError as exc:
            print('RuntimeError', str(exc).split(' in task')[0].split(': <')[0])
    t = asyncio.create_task(await_self())
    try:
        await t
    except RuntimeError as exc:
        print('RuntimeError', str(exc).split(':')[0])

    # The registry.
    current = asyncio.current_task()
    print('current', current.get_name(), current in asyncio.all_tasks())
    for label, fn in (('enter twice:', asyncio.tasks._enter_task),
                      ('leave other:', asyncio.tasks._leave_task)):
        try:
            fn(loop, current if 'enter' in label else task)
        except RuntimeError as exc:
            print(label, str(exc).split(' <')[0])

    # Stacks.
    task = asyncio.create_task(child(0.01, None), name='stacked')
    await asyncio.sleep(0)
    print('stack depth', len(task.get_stack()), len(task.get_stack(limit=1)))
    await task

    async def fails():
        raise ValueError('boom')
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(task).split(' coro=')[0].split(' exception=')[0],
          repr(task.exception()))
    try:
        await task
    except ValueError as exc:
        print('awaited failure:', exc)


asyncio.run(main())
print('Future' in dir(asyncio), type(asyncio.Future).__name__)
