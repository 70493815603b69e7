"""multiprocessing.queues: Queue and SimpleQueue between processes (gilpy):
pickled objects through a pipe; Queue's put hands them to a feeder thread
(so a full pipe never blocks the putter), and a process flushes its feeder
before it exits."""
import collections
import os
import pickle
import queue
import threading
import time

from . import connection, process
from .synchronize import Lock, BoundedSemaphore

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO queue shared by processes."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 0x7fffffff
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize) if maxsize < 0x7fffffff else None
        self._reset()

    def _reset(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._closed = False
        self._joincancelled = False
        self._pid = os.getpid()

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise queue.Full
        with self._notempty:
            if self._thread is None or self._pid != os.getpid():
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        self._check_closed()
        if block and timeout is None:
            with self._rlock:
                res = self._reader.recv_bytes()
        else:
            deadline = time.monotonic() + (timeout if timeout is not None else 0)
            if not self._rlock.acquire(block, timeout):
                raise queue.Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._reader.poll(timeout):
                        raise queue.Empty
                elif not self._reader.poll():
                    raise queue.Empty
                res = self._reader.recv_bytes()
            finally:
                self._rlock.release()
        if self._sem is not None:
            self._sem.release()
        return pickle.loads(res)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem is not None and self._sem._semlock._is_zero()

    def qsize(self):
        raise NotImplementedError()

    def close(self):
        self._closed = True
        with self._notempty:
            self._buffer.append(_SENTINEL)
            self._notempty.notify()
        if self._thread is None:
            self._reader.close()

    def join_thread(self):
        assert self._closed, f"Queue {self!r} not closed"
        if self._thread is not None:
            self._thread.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        self._buffer.clear() if self._pid != os.getpid() else None
        self._pid = os.getpid()
        self._thread = threading.Thread(target=self._feed, name='QueueFeederThread',
                                        daemon=True)
        self._thread.start()
        process._exit_hooks.append(self._flush)

    def _flush(self):
        """At exit: waits until the feeder has written everything."""
        if self._joincancelled or self._thread is None or self._pid != os.getpid():
            return
        with self._notempty:
            self._buffer.append(_SENTINEL)
            self._notempty.notify()
        self._thread.join()

    def _feed(self):
        while True:
            with self._notempty:
                while not self._buffer:
                    self._notempty.wait()
                obj = self._buffer.popleft()
            if obj is _SENTINEL:
                return
            try:
                data = pickle.dumps(obj)
                with self._wlock:
                    self._writer.send_bytes(data)
            except Exception as e:
                import traceback
                traceback.print_exc()

    def __getstate__(self):
        raise RuntimeError("Queue objects should only be shared between processes "
                           "through inheritance")


_SENTINEL = object()


class JoinableQueue(Queue):
    """A Queue whose join() waits until every item put was marked done."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        from .synchronize import Semaphore, Condition
        self._unfinished_tasks = Semaphore(0)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        with self._cond:
            Queue.put(self, obj, block, timeout)
            self._unfinished_tasks.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue:
    """A queue without feeder thread or size limit: put writes at once."""

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = Lock()
        self._wlock = Lock()

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def get(self):
        with self._rlock:
            res = self._reader.recv_bytes()
        return pickle.loads(res)

    def put(self, obj):
        data = pickle.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)
