"""multiprocessing.pool: Pool, a set of worker processes that run tasks
(gilpy).  Tasks go to the workers through one queue in chunks, results come
back through another, where a thread of the parent hands them to the
waiting AsyncResult, MapResult or imap iterator.  ThreadPool is the same
with threads for workers and plain in-process queues (nothing is pickled),
for I/O-bound work."""
import collections
import itertools
import os
import threading

from . import process
from .queues import SimpleQueue

__all__ = ['Pool', 'ThreadPool']

TERMINATE = 2


def _worker(inqueue, outqueue, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, star, chunk = task
        try:
            if star:
                result = (True, [func(*args) for args in chunk])
            else:
                result = (True, [func(arg) for arg in chunk])
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, e)))


_job_counter = itertools.count()


class ApplyResult:
    """The future result of apply_async."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            from . import TimeoutError
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, value = obj
        self._value = value[0] if self._success else value
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The future list of map_async/starmap_async, filled chunk by chunk."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._number_left = length // chunksize + bool(length % chunksize) if length else 0
        if length == 0:
            self._event.set()
            del pool._cache[self._job]
            if callback:
                callback(self._value)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._pool._cache[self._job]
                self._event.set()
        else:
            if self._success:
                self._success = False
                self._value = result
                if self._error_callback:
                    self._error_callback(self._value)
            if self._number_left == 0:
                del self._pool._cache[self._job]
                self._event.set()


class IMapIterator:
    """The results of imap in order (or, for imap_unordered, as they come)."""

    def __init__(self, pool, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._ordered = ordered
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.popleft()
                    break
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                if not self._items and timeout is not None:
                    if self._index == self._length:
                        raise StopIteration from None
                    from . import TimeoutError
                    raise TimeoutError from None
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            success, values = obj
            if not success:
                values = [values]
            if self._ordered:
                self._unsorted[i] = [(success, v) for v in values] if success else [(False, values[0])]
                while self._index in self._unsorted:
                    self._items.extend(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._items.extend((success, v) for v in values) if success else \
                    self._items.append((False, values[0]))
                self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._pool._cache[self._job]

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._pool._cache[self._job]


class Pool:
    """A pool of worker processes."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._cache = {}
        self._state = 'RUN'
        self._inqueue = self._new_queue()
        self._outqueue = self._new_queue()
        self._pool = []
        for _ in range(processes):
            w = self._new_worker(_worker, (self._inqueue, self._outqueue, initializer,
                                           initargs))
            w.daemon = True
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    @staticmethod
    def _new_queue():
        return SimpleQueue()

    @staticmethod
    def _new_worker(target, args):
        from . import Process
        w = Process(target=target, args=args)
        w.name = w.name.replace('Process', 'ForkPoolWorker')
        return w

    def _handle_results(self):
        get = self._outqueue.get
        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return
            if task is None:
                return
            job, i, obj = task
            try:
                self._cache[job]._set(i, obj)
            except KeyError:
                pass

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _submit(self, job, func, star, iterable, chunksize):
        count = 0
        it = iter(iterable)
        while True:
            chunk = list(itertools.islice(it, chunksize))
            if not chunk:
                return count
            self._inqueue.put((job, count, func, star, chunk))
            count += 1

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        call = _Call(func, args, kwds)
        self._inqueue.put((result._job, 0, call, False, [None]))
        return result

    def _map_async(self, func, iterable, star, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize or 1, len(iterable), callback, error_callback)
        if len(iterable):
            self._submit(result._job, func, star, iterable, chunksize)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, False, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, False, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, True, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, True, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        result._set_length(self._submit(result._job, func, False, iterable, chunksize))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        # The result handler's sentinel goes first, while every worker is
        # alive: a worker killed between writing a result and releasing the
        # result queue's lock would otherwise leave that lock held forever.
        self._stop_handler()
        if self._state == 'RUN' and process._gil_watched():
            # -X gilstats/giltrace: idle workers leave on their own, so that
            # their statistics and traces reach the report; busy ones are
            # killed as without it.
            for _ in self._pool:
                self._inqueue.put(None)
            for w in self._pool:
                w.join(0.05)
        self._state = 'TERMINATE'
        self._stop_workers()
        for w in self._pool:
            w.join()

    def _stop_workers(self):
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()

    def _stop_handler(self):
        if self._result_handler is not None:
            self._outqueue.put(None)
            self._result_handler.join()
            self._result_handler = None

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for w in self._pool:
            w.join()
        self._stop_handler()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _Call:
    """func(*args, **kwds) sent to a worker as one task."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds

    def __call__(self, _):
        return self.func(*self.args, **self.kwds)


class ThreadPool(Pool):
    """Pool's interface over worker threads (multiprocessing.dummy.Pool)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    @staticmethod
    def _new_queue():
        import queue
        return queue.SimpleQueue()

    @staticmethod
    def _new_worker(target, args):
        from .dummy import DummyProcess
        return DummyProcess(target=target, args=args)

    def _stop_workers(self):
        # Threads cannot be killed: tasks not yet started are dropped and
        # each worker leaves after the task it is running.
        while True:
            try:
                self._inqueue.get_nowait()
            except Exception:
                break
        for _ in self._pool:
            self._inqueue.put(None)
