"""asyncio.tasks: Task, which drives a coroutine on a loop, and the
functions built on tasks (sleep, gather, wait, wait_for, as_completed,
shield, ensure_future, current_task, all_tasks...).

Task is the C class of _asyncio_c (stdlib/asyncio_task.c), presented as
_asyncio.Task as in CPython; the Python class below stays as _PyTask.  Both
share the running-task table and the set of live tasks, and call the
_task_* functions here for their reprs and stacks."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import functools
import itertools
import types

from . import base_futures
from . import coroutines
from . import events
from . import exceptions
from . import futures
from ._context import copy_context

try:
    import _asyncio_c
except ImportError:
    _asyncio_c = None

try:
    import weakref
    # Tasks not made by the C Task class (the C tasks are in _asyncio_c's
    # registry, held weakly as well: a task nobody references can be freed).
    _all_tasks = weakref.WeakSet()
    _strong_task_set = False
except ImportError:
    # Without weak references, a task stays listed until it finishes.
    _all_tasks = set()
    _strong_task_set = True

if _asyncio_c is not None:
    # One numbering for C and Python tasks' default names.
    _task_name_counter = _asyncio_c._task_number
    # loop -> the task whose step is running on it
    _current_tasks = _asyncio_c._current_tasks
    # Pending tasks never freed (in a cycle) are reported at exit, as
    # CPython's last collection reports them.
    import atexit
    atexit.register(_asyncio_c._report_lost_tasks)
    del atexit
else:
    _task_name_counter = itertools.count(1).__next__
    _current_tasks = {}


def current_task(loop=None):
    """The task running now on loop (the running loop by default)."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    if _asyncio_c is not None:
        tasks = set(_asyncio_c._pending_tasks(loop))
        if not _all_tasks:
            return tasks
    else:
        tasks = set()
    tasks.update(t for t in list(_all_tasks)
                 if futures._get_loop(t) is loop and not t.done())
    return tasks


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _frame_hider():
    """Removes from a traceback the frames of Future/Task methods that are
    C code (and so invisible) in CPython."""
    hidden = set()

    def hide(*functions):
        for function in functions:
            hidden.add(function.__code__)

    def strip(exc):
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code in hidden:
            tb = tb.tb_next
        head = tb
        while tb is not None:
            following = tb.tb_next
            while following is not None and \
                    following.tb_frame.f_code in hidden:
                following = following.tb_next
            tb.tb_next = following
            tb = following
        exc.__traceback__ = head
        return exc

    return hide, strip


_hide_code, _strip_internal_frames = _frame_hider()
_hide_code(futures._PyFuture.__await__, futures._PyFuture.result)


def _task_repr_info(task):
    info = base_futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


def _task_get_stack(task, limit):
    """The frames of the suspended coroutine (outermost first), or of the
    traceback of the exception that ended it."""
    frames = []
    coro = task._coro
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        while frame is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    """Prints get_stack() (and the exception, if any) as a traceback."""
    import linecache
    import sys
    import traceback
    entries = []
    for frame in task.get_stack(limit=limit):
        code = frame.f_code
        line = linecache.getline(code.co_filename, frame.f_lineno,
                                 frame.f_globals)
        entries.append((code.co_filename, frame.f_lineno, code.co_name, line))
    if file is None:
        file = sys.stderr
    exc = task._exception
    if not entries:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    traceback.print_list(entries, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(type(exc), exc):
            print(line, file=file, end='')


class Task(futures._PyFuture):
    """A coroutine scheduled on a loop, stepped until it returns."""

    # Complain when a pending task is destroyed (turned off for the task
    # run_until_complete makes itself).
    _log_destroy_pending = True
    _must_cancel = False
    _fut_waiter = None
    _coro = None
    _name = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # No "destroyed but pending" report for a task that failed to be made.
        self._log_destroy_pending = False
        super().__init__(loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._context)
        del self._log_destroy_pending
        _all_tasks.add(self)

    def __del__(self):
        if self._state == base_futures._PENDING and \
                self._log_destroy_pending and self._loop is not None:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        super().__del__()

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        return base_futures._future_repr(self)

    def _repr_info(self):
        return _task_repr_info(self)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return _task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        _task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        self._log_traceback_flag = False
        if self._state != base_futures._PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The step that follows throws CancelledError into the coroutine.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        if _strong_task_set:
            _all_tasks.discard(self)

    def __step(self, exc=None):
        if self._state != base_futures._PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        # _enter_task(loop, self), inline: this is the hottest path.
        running = _current_tasks.get(loop)
        if running is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while '
                               f'another task {running!r} is being '
                               f'executed.')
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # Cancelled while returning: the task ends cancelled.
                self._must_cancel = False
                futures._PyFuture.cancel(self, msg=self._cancel_message)
            else:
                futures._PyFuture.set_result(self, stop.value)
            self._finish()
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = _strip_internal_frames(cancelled)
            futures._PyFuture.cancel(self)
            self._finish()
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures._PyFuture.set_exception(self,
                                         _strip_internal_frames(fatal))
            self._finish()
            raise
        except BaseException as error:
            futures._PyFuture.set_exception(self,
                                         _strip_internal_frames(error))
            self._finish()
        else:
            if result is None:
                # A bare yield (sleep(0)): run again on the next iteration.
                loop.call_soon(self.__step, context=self._context)
            else:
                self._wait_on(result)
        finally:
            if _current_tasks.get(loop) is self:
                del _current_tasks[loop]
            else:
                _leave_task(loop, self)
            self = None

    def _wait_on(self, result):
        """Acts on what one step of the coroutine yielded."""
        loop = self._loop
        kind = type(result)
        if kind is futures._PyFuture or kind is _PyTask:
            blocking = result._asyncio_future_blocking
            result_loop = result._loop
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            result_loop = None if blocking is None else \
                futures._get_loop(result)
        if blocking is not None:
            if result_loop is not loop:
                problem = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a '
                    f'different loop')
            elif not blocking:
                problem = RuntimeError(
                    f'yield was used instead of yield from in task '
                    f'{self!r} with {result!r}')
            elif result is self:
                problem = RuntimeError(
                    f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup,
                                         context=self._context)
                self._fut_waiter = result
                if self._must_cancel and \
                        result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif result is None:
            # A bare yield (sleep(0)): run again on the next iteration.
            loop.call_soon(self.__step, context=self._context)
            return
        elif isinstance(result, types.GeneratorType):
            problem = RuntimeError(
                f'yield was used instead of yield from for generator in '
                f'task {self!r} with {result!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self.__step, problem, context=self._context)

    def task_wakeup(self, future):
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        # Stepped outside the except clause, so that the coroutine does not
        # run with this handler's exception as its context.
        if error is None:
            self.__step()
        else:
            self.__step(error)
            error = None
        self = None


Task.__module__ = '_asyncio'
_PyTask = Task
_hide_code(Task._Task__step, Task.task_wakeup)

if _asyncio_c is not None:
    Task = _CTask = _asyncio_c.Task


def create_task(coro, *, name=None, context=None):
    """Schedules coro as a Task on the running loop and returns the task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in fs; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks '
                        'explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if remaining <= 0 or return_when == FIRST_COMPLETED or \
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits fut; cancels it and raises TimeoutError after timeout s."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(
            f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _YieldOnce:
    """Awaiting it gives the loop one turn (what sleep(0) does)."""

    __slots__ = ()

    def __await__(self):
        yield


_yield_once = _YieldOnce()


async def sleep(delay, result=None):
    """Suspends the calling coroutine for delay seconds, then returns
    result."""
    if delay <= 0:
        await _yield_once
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             future, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future or task for the argument (a coroutine becomes a task)."""
    return _ensure_future(coro_or_future, loop=loop)


def _isawaitable(obj):
    return isinstance(obj, types.CoroutineType) or \
        hasattr(type(obj), '__await__')


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if not _isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # The children's done callbacks end the gathering.
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of results of all arguments, in order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def on_child_done(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == count:
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    res = exceptions.CancelledError(
                        '' if message is None else message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    by_arg = {}
    children = []
    count = 0
    finished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in by_arg:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # Made here: nobody else could complain about it.
                fut._log_destroy_pending = False
            count += 1
            by_arg[arg] = fut
            fut.add_done_callback(on_child_done)
        else:
            fut = by_arg[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protects an awaitable from being cancelled along with its waiter."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to loop from another thread; returns a
    concurrent.futures.Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def _register_task(task):
    """Lists task among the live tasks (for tasks made without Task)."""
    _all_tasks.add(task)


def _unregister_task(task):
    _all_tasks.discard(task)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the '
                           f'current task {running!r}.')
    del _current_tasks[loop]


if _asyncio_c is not None:
    from _asyncio_c import (_register_task, _unregister_task, _enter_task,
                            _leave_task)
