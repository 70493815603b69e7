# concurrent/futures/process.py: ProcessPoolExecutor (gilpy), calls run in
# worker processes made by multiprocessing (fork).  Calls wait in the
# parent until a worker is free (so pending futures can still be
# cancelled), go to the workers pickled through a queue, and a thread of
# the parent collects the results -- or, when a worker dies, fails every
# unfinished future with BrokenProcessPool, as CPython does.

import collections
import itertools
import os
import threading

from concurrent.futures import _base
import multiprocessing as _mp
from multiprocessing.connection import wait as _wait
from multiprocessing.queues import SimpleQueue

EXTRA_QUEUED_CALLS = 1
_MAX_WINDOWS_WORKERS = 63


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly; the pool cannot be used any more."""


class _RemoteTraceback(Exception):
    """The worker's formatted traceback, set as __cause__ of its exception."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _exc_with_cause(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


def _traceback_text(exc):
    import traceback
    text = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return '\n"""\n' + text + '"""'


class _ExceptionWithTraceback:
    """Pickles as the exception with the worker's traceback text as its cause."""

    def __init__(self, exc):
        self.tb = _traceback_text(exc)
        exc.__traceback__ = None
        self.exc = exc

    def __reduce__(self):
        return _exc_with_cause, (self.exc, self.tb)


def _process_worker(call_queue, result_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            return
    while True:
        call = call_queue.get()
        if call is None:
            return
        work_id, fn, args, kwargs = call
        try:
            r = fn(*args, **kwargs)
        except BaseException as e:
            result_queue.put((work_id, _ExceptionWithTraceback(e), None))
        else:
            try:
                result_queue.put((work_id, None, r))
            except BaseException as e:
                result_queue.put((work_id, _ExceptionWithTraceback(e), None))


class _ChunkCall:
    """fn over a chunk of argument tuples, sent to a worker as one call."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return [self.fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class ProcessPoolExecutor(_base.Executor):

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._waiting = collections.deque()
        self._in_flight = 0
        self._call_queue = None
        self._result_queue = None
        self._collector = None

    def _start_workers(self):
        self._call_queue = SimpleQueue()
        self._result_queue = SimpleQueue()
        for _ in range(self._max_workers):
            p = _mp.Process(target=_process_worker,
                            args=(self._call_queue, self._result_queue, self._initializer,
                                  self._initargs))
            p.start()
            self._processes[p.pid] = p
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def _feed(self):
        """Sends waiting calls while workers can take them (lock held)."""
        # as CPython: each worker busy, and a call queue of max_workers + 1
        limit = 2 * self._max_workers + EXTRA_QUEUED_CALLS
        while self._waiting and self._in_flight < limit:
            work_id = self._waiting.popleft()
            item = self._pending_work_items.get(work_id)
            if item is None:
                continue
            future, fn, args, kwargs = item
            if not future.set_running_or_notify_cancel():
                del self._pending_work_items[work_id]
                continue
            try:
                self._call_queue.put((work_id, fn, args, kwargs))
            except Exception as e:
                # as CPython's queue feeder: a call that cannot be pickled
                # fails its future and the pool goes on
                del self._pending_work_items[work_id]
                future.set_exception(_exc_with_cause(e, _traceback_text(e)))
                continue
            self._in_flight += 1

    def _collect(self):
        reader = self._result_queue._reader
        sentinels = [p.sentinel for p in self._processes.values()]
        while True:
            ready = _wait([reader] + sentinels)
            if reader in ready:
                try:
                    work_id, exc, result = self._result_queue.get()
                except (EOFError, OSError):
                    return
                if work_id is None:
                    return
                with self._shutdown_lock:
                    item = self._pending_work_items.pop(work_id, None)
                    self._in_flight -= 1
                    self._feed()
                if item is not None:
                    future = item[0]
                    if exc is not None:
                        future.set_exception(exc)
                    else:
                        future.set_result(result)
                continue
            # a worker ended: normal at shutdown, abrupt otherwise
            with self._shutdown_lock:
                if self._shutdown_thread and not self._pending_work_items:
                    return
                self._broken = ('A child process terminated abruptly, the process pool '
                                'is not usable anymore')
                items = list(self._pending_work_items.values())
                self._pending_work_items.clear()
                self._waiting.clear()
            for future, fn, args, kwargs in items:
                if not future.done():
                    future.set_exception(BrokenProcessPool(
                        "A process in the process pool was terminated abruptly while "
                        "the future was running or pending."))
            for p in self._processes.values():
                if p.exitcode is None:
                    p.terminate()
            return

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if self._call_queue is None:
                self._start_workers()
            f = _base.Future()
            work_id = self._queue_count
            self._queue_count += 1
            self._pending_work_items[work_id] = (f, fn, args, kwargs)
            self._waiting.append(work_id)
            self._feed()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(_ChunkCall(fn),
                              _get_chunks(*iterables, chunksize=chunksize), timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            if cancel_futures:
                for work_id in self._waiting:
                    item = self._pending_work_items.pop(work_id, None)
                    if item is not None:
                        item[0].cancel()
                self._waiting.clear()
            already = self._shutdown_thread
            self._shutdown_thread = True
        if self._call_queue is None or already:
            return
        if wait:
            # the calls already given out finish first
            while True:
                with self._shutdown_lock:
                    if not self._pending_work_items or self._broken:
                        break
                    f = next(iter(self._pending_work_items.values()))[0]
                _base.wait([f])
        for _ in self._processes:
            try:
                self._call_queue.put(None)
            except OSError:
                pass
        if wait:
            for p in self._processes.values():
                p.join()
            self._result_queue.put((None, None, None))
            self._collector.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
