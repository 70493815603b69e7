"""multiprocessing.queues: Queue and SimpleQueue between processes (gilpy):
pickled objects through a pipe, framed as Connection frames them.

Queue.put must never block on a full pipe.  When nothing of this process is
waiting to be sent, put writes the message itself: the pipe's write end is
non-blocking, and a message of at most PIPE_BUF bytes goes in whole or not
at all.  Otherwise (a large message, a full pipe, the write lock busy in
another process, earlier items still queued) the object goes to a feeder
thread that writes it, waiting as long as needed; a process flushes its
feeder before it exits.  A round trip thus costs two system calls per side
and no thread hand-off, where CPython wakes a feeder thread for every put."""
import collections
import os
import queue
import select
import threading
import time
from _pickle import dumps as _dumps, loads as _loads

from . import connection, process
from .synchronize import Lock, BoundedSemaphore

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_PIPE_BUF = select.PIPE_BUF if hasattr(select, 'PIPE_BUF') else 4096
_DIRECT_MAX = _PIPE_BUF - 4          # the largest body that goes in one atomic write

# Counts forks in this process's history: a queue made (or last used) in
# another generation belongs to the parent and starts afresh in the child.
_generation = 0


def _forked():
    global _generation
    _generation += 1


os.register_at_fork(after_in_child=_forked)


def _write_all(fd, data):
    """Writes data to a non-blocking fd, waiting while the pipe is full."""
    view = memoryview(data)
    poller = None
    while view:
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            if poller is None:
                poller = select.poll()
                poller.register(fd, select.POLLOUT)
            poller.poll()
            continue
        view = view[n:]


class Queue:
    """A FIFO queue shared by processes."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 0x7fffffff
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        os.set_blocking(self._writer.fileno(), False)
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize) if maxsize < 0x7fffffff else None
        self._closed = False
        self._joincancelled = False
        self._reset()

    def _reset(self):
        """This process's own state (made again in a forked child)."""
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._feeding = False            # the feeder holds an item it has not written
        self._thread = None
        self._generation = _generation

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise queue.Full
        if self._generation != _generation:
            self._reset()
        with self._notempty:
            if not self._buffer and not self._feeding and self._write_now(obj):
                return
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def _write_now(self, obj):
        """Sends obj from the calling thread if that cannot block; whether
        it did.  (Called with _notempty held and nothing queued before it.)"""
        try:
            data = _dumps(obj)
        except Exception:
            return False                 # the feeder reports it, as CPython's does
        if len(data) > _DIRECT_MAX or not self._wlock.acquire(False):
            return False
        try:
            os.write(self._writer._handle, len(data).to_bytes(4, 'big') + data)
        except (OSError, TypeError):
            return False                 # a full pipe; anything worse the feeder reports
        finally:
            self._wlock.release()
        return True

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is None:
            self._rlock.acquire()
            try:
                res = self._reader.recv_bytes()
            finally:
                self._rlock.release()
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
        return _loads(res)

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
        if self._generation != _generation:
            self._reset()
        if self._thread is None:
            self._reader.close()
            return
        with self._notempty:
            self._buffer.append(_SENTINEL)
            self._notempty.notify()

    def join_thread(self):
        assert self._closed, f"Queue {self!r} not closed"
        if self._thread is not None and self._generation == _generation:
            self._thread.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        self._thread = threading.Thread(target=self._feed, name='QueueFeederThread',
                                        daemon=True)
        self._thread.start()
        process._exit_hooks.append(self._flush)

    def _flush(self):
        """At exit: waits until the feeder has written everything."""
        if self._joincancelled or self._thread is None or self._generation != _generation:
            return
        with self._notempty:
            self._buffer.append(_SENTINEL)
            self._notempty.notify()
        self._thread.join()

    def _feed(self):
        notempty, buffer = self._notempty, self._buffer
        fd = self._writer._handle
        while True:
            with notempty:
                self._feeding = False
                while not buffer:
                    notempty.wait()
                obj = buffer.popleft()
                self._feeding = obj is not _SENTINEL
            if obj is _SENTINEL:
                return
            try:
                data = _dumps(obj)
                frame = connection._frame(data)
                self._wlock.acquire()
                try:
                    _write_all(fd, frame)
                finally:
                    self._wlock.release()
            except Exception:
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
    """A queue without feeder thread or size limit: put writes at once
    (and waits if the pipe is full)."""

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
        self._rlock.acquire()
        try:
            res = self._reader.recv_bytes()
        finally:
            self._rlock.release()
        return _loads(res)

    def put(self, obj):
        data = _dumps(obj)
        self._wlock.acquire()
        try:
            self._writer.send_bytes(data)
        finally:
            self._wlock.release()

    def __getstate__(self):
        raise RuntimeError("SimpleQueue objects should only be shared between processes "
                           "through inheritance")
