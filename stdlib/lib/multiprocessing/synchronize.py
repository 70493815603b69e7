"""multiprocessing.synchronize: locks, semaphores, conditions, events and
barriers shared by forked processes (gilpy).

Every one of them stands on _multiprocessing.SemLock, a POSIX semaphore in
memory shared with the children forked after it was made (mp_semlock.c):
taking a free lock or releasing one nobody waits for is one atomic
operation, and only a wait sleeps in the kernel.  Lock, RLock, Semaphore
and BoundedSemaphore are subclasses of it, so their acquire, release,
__enter__ and __exit__ are the C methods themselves."""
import sys
import threading
import time

import _multiprocessing

from . import process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event']

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
SEM_VALUE_MAX = _multiprocessing.SemLock.SEM_VALUE_MAX


def _holder_name():
    """How a repr names the calling process and thread."""
    name = process.current_process().name
    thread = threading.current_thread().name
    return name if thread == 'MainThread' else name + '|' + thread


class SemLock(_multiprocessing.SemLock):
    """What every lock here shares: it is the C semaphore itself, so
    acquire, release and `with` go straight to C.  Each class says in
    _shape what semaphore its constructor's arguments make."""

    def __new__(cls, *args, **kwargs):
        kind, value, maxvalue = cls._shape(*args, **kwargs)
        return _multiprocessing.SemLock.__new__(cls, kind, value, maxvalue, None, True)

    def __init__(self, *args, **kwargs):
        pass

    @property
    def _semlock(self):
        return self

    def __reduce_ex__(self, protocol):
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % type(self).__name__)


class Semaphore(SemLock):

    @classmethod
    def _shape(cls, value=1, *, ctx=None):
        return SEMAPHORE, value, SEM_VALUE_MAX

    def get_value(self):
        return self._get_value()

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (type(self).__name__, value)


class BoundedSemaphore(Semaphore):

    @classmethod
    def _shape(cls, value=1, *, ctx=None):
        return SEMAPHORE, value, value

    def __repr__(self):
        try:
            value = self._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, value, self.maxvalue)


class Lock(SemLock):

    @classmethod
    def _shape(cls, *, ctx=None):
        return SEMAPHORE, 1, 1

    def __repr__(self):
        try:
            if self._is_mine():
                owner = _holder_name()
            elif self._get_value() == 1:
                owner = 'None'
            elif self._count() > 0:
                owner = 'SomeOtherThread'
            else:
                owner = 'SomeOtherProcess'
        except Exception:
            owner = 'unknown'
        return '<%s(owner=%s)>' % (type(self).__name__, owner)


class RLock(SemLock):

    @classmethod
    def _shape(cls, *, ctx=None):
        return RECURSIVE_MUTEX, 1, 1

    def __repr__(self):
        try:
            if self._is_mine():
                owner, count = _holder_name(), self._count()
            elif self._get_value() == 1:
                owner, count = 'None', 0
            elif self._count() > 0:
                owner, count = 'SomeOtherThread', 'nonzero'
            else:
                owner, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            owner, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, owner, count)


class Condition:
    """A condition variable between processes.  Three semaphores count what
    happens: `sleepers` goes up when a waiter goes to sleep, `wakeups` when
    one wakes (notified or timed out), and `signal` is what notify releases
    and a waiter takes.  notify first settles the waiters that left on
    their own (a timeout) by taking one sleeper per unclaimed wake-up."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleepers = Semaphore(0)
        self._wakeups = Semaphore(0)
        self._signal = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __getstate__(self):
        raise RuntimeError('Condition objects should only be shared between processes'
                           ' through inheritance')

    def __repr__(self):
        try:
            waiting = self._sleepers._semlock._get_value() - self._wakeups._semlock._get_value()
        except Exception:
            waiting = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, waiting)

    def wait(self, timeout=None):
        lock = self._lock
        assert lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        self._sleepers.release()
        depth = lock._semlock._count()        # an RLock may be held several times
        for _ in range(depth):
            lock.release()
        try:
            return self._signal.acquire(True, timeout)
        finally:
            self._wakeups.release()
            for _ in range(depth):
                lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._signal.acquire(False)
        # Waiters that timed out have released `wakeups` without being
        # counted off `sleepers`: count them off now.
        while self._wakeups.acquire(False):
            taken = self._sleepers.acquire(False)
            assert taken, 'notify: Bug in sleeping_count.acquire- res should not be False'
        woken = 0
        while woken < n and self._sleepers.acquire(False):
            self._signal.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._wakeups.acquire()
            # a waiter that timed out meanwhile left its signal unused
            while self._signal.acquire(False):
                pass

    def notify_all(self):
        self.notify(sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            wait = None
            if deadline is not None:
                wait = deadline - time.monotonic()
                if wait <= 0:
                    break
            self.wait(wait)
            result = predicate()
        return result


class Event:
    """A flag processes can set, clear and wait for: a semaphore holding 1
    while set, under a condition that set() notifies."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def _peek(self):
        # called with the condition held
        if self._flag.acquire(False):
            self._flag.release()
            return True
        return False

    def is_set(self):
        with self._cond:
            return self._peek()

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if not self._peek():
                self._cond.wait(timeout)
            return self._peek()

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__qualname__, id(self),
                                   'set' if self.is_set() else 'unset')


class Barrier(threading.Barrier):
    """threading.Barrier for processes: its condition is a process
    Condition, and its state and count live in memory shared with forked
    processes."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self._shared = RawArray('i', 2)
        self._cond = Condition()
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
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
