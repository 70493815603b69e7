"""multiprocessing.synchronize: locks and semaphores shared by forked
processes (gilpy).  A semaphore is a pipe holding one byte per unit of its
value: acquire reads a byte, release writes one, so it works between any
processes that inherited the pipe."""
import os
import select
import threading
import time

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


class _PipeSemaphore:
    """The counter: a pipe with `value` bytes in it."""

    def __init__(self, value, maxvalue):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)
        self._maxvalue = maxvalue
        if value:
            os.write(self._w, b'x' * value)

    def _take(self):
        try:
            return os.read(self._r, 1) == b'x'
        except BlockingIOError:
            return False

    def acquire(self, block=True, timeout=None):
        if self._take():
            return True
        if not block:
            return False
        deadline = None if timeout is None else time.monotonic() + max(timeout, 0)
        poller = select.poll()
        poller.register(self._r, select.POLLIN)
        while True:
            if deadline is None:
                poller.poll()
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                poller.poll(remaining * 1000)
            if self._take():
                return True

    def release(self):
        if self._maxvalue == 1:
            poller = select.poll()
            poller.register(self._r, select.POLLIN)
            if poller.poll(0):
                raise ValueError("semaphore or lock released too many times")
        os.write(self._w, b'x')

    def _is_zero(self):
        poller = select.poll()
        poller.register(self._r, select.POLLIN)
        return not poller.poll(0)

    def __del__(self):
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass


class Semaphore:
    def __init__(self, value=1, *, ctx=None):
        self._sem = _PipeSemaphore(value, 0)

    def acquire(self, block=True, timeout=None):
        return self._sem.acquire(block, timeout)

    def release(self):
        self._sem.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=unknown)>' % type(self).__name__


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        self._sem = _PipeSemaphore(value, value)


class Lock(Semaphore):
    def __init__(self, *, ctx=None):
        self._sem = _PipeSemaphore(1, 1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('None' if not self._sem._is_zero() else 'unknown')


class RLock:
    """A lock its owner (process and thread) may take again."""

    def __init__(self, *, ctx=None):
        self._sem = _PipeSemaphore(1, 1)
        self._owner = None
        self._count = 0

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        me = self._me()
        if self._owner == me:
            self._count += 1
            return True
        if not self._sem.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != self._me():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._sem.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == self._me()

    def __repr__(self):
        if self._owner is None:
            return '<RLock(None, 0)>'
        return '<RLock(%s, %d)>' % ('MainProcess' if self._owner[0] == os.getpid()
                                    else 'SomeOtherProcess', self._count)


class Event:
    """A flag processes can set, clear and wait for: set is a byte in a
    pipe that waiters see without taking it."""

    def __init__(self, *, ctx=None):
        self._lock = Lock()
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)

    def _poll(self, timeout_ms):
        poller = select.poll()
        poller.register(self._r, select.POLLIN)
        return bool(poller.poll(timeout_ms))

    def is_set(self):
        return self._poll(0)

    def set(self):
        with self._lock:
            if not self._poll(0):
                os.write(self._w, b'x')

    def clear(self):
        with self._lock:
            try:
                while os.read(self._r, 64):
                    pass
            except BlockingIOError:
                pass

    def wait(self, timeout=None):
        if timeout is None:
            return self._poll(-1)
        return self._poll(max(timeout, 0) * 1000)

    def __repr__(self):
        return '<Event(%s)>' % ('set' if self.is_set() else 'unset')


class Condition:
    """A condition variable between processes: waiters sleep on a
    semaphore that notify releases."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping = Semaphore(0)
        self._woken = Semaphore(0)
        self._count = _SharedCounter()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._count.add(1)
        count = 0
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
        self._lock.release()
        try:
            woken = self._sleeping.acquire(True, timeout)
        finally:
            if not woken:
                self._count.add(-1)
            else:
                self._woken.release()
            self._lock.acquire()
            if count:
                self._lock._count = count
        return woken

    def notify(self, n=1):
        sleepers = min(self._count.value(), n)
        for _ in range(sleepers):
            self._count.add(-1)
            self._sleeping.release()
        for _ in range(sleepers):
            self._woken.acquire()

    def notify_all(self):
        self.notify(1 << 30)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        while not result:
            waittime = None
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class _SharedCounter:
    """An integer shared by forked processes: the length of a pipe's
    contents, changed under a lock."""

    def __init__(self):
        self._lock = Lock()
        self._r, self._w = os.pipe()
        os.set_blocking(self._r, False)

    def add(self, delta):
        with self._lock:
            if delta > 0:
                os.write(self._w, b'x' * delta)
            else:
                try:
                    os.read(self._r, -delta)
                except BlockingIOError:
                    pass

    def value(self):
        with self._lock:
            try:
                data = os.read(self._r, 1 << 16)
            except BlockingIOError:
                return 0
            os.write(self._w, data)
            return len(data)


class Barrier(threading.Barrier):
    """threading.Barrier for processes: its condition and its state and
    count live in memory shared with forked processes."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self._shared = RawArray('i', 2)
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = threading._FILLING
        self._count = 0

    @property
    def _state(self):
        return self._shared[0]

    @_state.setter
    def _state(self, value):
        self._shared[0] = value

    @property
    def _count(self):
        return self._shared[1]

    @_count.setter
    def _count(self, value):
        self._shared[1] = value
