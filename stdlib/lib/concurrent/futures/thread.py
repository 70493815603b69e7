# concurrent/futures/thread.py: ThreadPoolExecutor, which runs submitted
# calls on a pool of worker threads fed by one queue.  Written for gilpy;
# behaviour, thread names and messages follow CPython 3.11.
#
# gilpy has no weak references, so workers never hold the executor: they
# share a small _PoolState with it.  When the executor is collected without
# shutdown(), its _CollectHook wakes the workers so that they end, as
# CPython's weak-reference callback does.

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

# Every worker thread and its queue, so that the interpreter's exit can wake
# and join them (workers remove themselves when they end).
_threads_queues = {}
_shutdown = False
# Taken by submit() so that no work is queued once _python_exit() started.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Runs before threading joins the non-daemon threads (and so before the
# atexit handlers): the workers must end first.
threading._register_atexit(_python_exit)

if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # The traceback holds this frame: do not keep the item alive.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


class _PoolState:
    # What an executor shares with its workers.
    __slots__ = ('shutdown_lock', 'idle_semaphore', 'shutdown', 'broken', 'collected')

    def __init__(self):
        self.shutdown_lock = threading.Lock()
        self.idle_semaphore = threading.Semaphore(0)   # one unit per idle worker
        self.shutdown = False
        self.broken = False
        self.collected = False

    def initializer_failed(self, work_queue):
        # Marks the pool broken and fails every call still queued.
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            while True:
                try:
                    work_item = work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self.broken))


class _CollectHook:
    # Held only by the executor: dies with it and wakes its workers.
    __slots__ = ('state', 'work_queue')

    def __init__(self, state, work_queue):
        self.state = state
        self.work_queue = work_queue

    def __del__(self):
        self.state.collected = True
        self.work_queue.put(None)


def _worker(state, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                state.initializer_failed(work_queue)
                return
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # Drop the item (and its result) before waiting again.
                del work_item
                state.idle_semaphore.release()
                continue
            # None: the executor shut down or was collected, or the
            # interpreter is exiting.  Pass the wake-up on to the next worker.
            if _shutdown or state.collected or state.shutdown:
                state.shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread's initializer failed."""


class ThreadPoolExecutor(_base.Executor):
    """Runs calls on a pool of at most max_workers threads, started as
    work arrives."""

    # Numbers the executors that get no thread_name_prefix.
    _counter = staticmethod(itertools.count().__next__)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4); each worker
        thread is named thread_name_prefix + '_N' and first calls
        initializer(*initargs)."""
        if max_workers is None:
            # I/O-bound work is the usual use: more threads than cores, but
            # bounded so that big machines do not start hundreds.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._state = _PoolState()
        self._idle_semaphore = self._state.idle_semaphore
        self._shutdown_lock = self._state.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._collect_hook = _CollectHook(self._state, self._work_queue)

    @property
    def _shutdown(self):
        return self._state.shutdown

    @_shutdown.setter
    def _shutdown(self, value):
        self._state.shutdown = value

    @property
    def _broken(self):
        return self._state.broken

    @_broken.setter
    def _broken(self, value):
        self._state.broken = value

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._state.broken:
                raise BrokenThreadPool(self._state.broken)
            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._state, self._work_queue,
                                       self._initializer, self._initargs))
            _threads_queues[t] = self._work_queue
            try:
                t.start()
            except BaseException:
                del _threads_queues[t]
                raise
            self._threads.add(t)

    def _initializer_failed(self):
        self._state.initializer_failed(self._work_queue)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                # Cancel what has not started (the workers still drain the
                # queue, finding cancelled futures).
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wakes one worker, which passes it on.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
