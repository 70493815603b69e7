# queue.py: queues for passing items between threads: Queue (FIFO),
# LifoQueue, PriorityQueue (with optional bounds, blocking and timeouts,
# task_done/join) and the unbounded SimpleQueue.  Written for gilpy;
# behaviour and messages follow CPython 3.11.

import threading
from collections import deque
from heapq import heappush, heappop
from operator import index as _index
from time import monotonic as _time
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or get_nowait() on an empty queue, and by
    get(timeout=...) when nothing arrived in time."""


Empty.__module__ = '_queue'      # CPython's lives in the C module _queue


class Full(Exception):
    """Raised by put(block=False) or put_nowait() on a full queue, and by
    put(timeout=...) when no room appeared in time."""


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions on it wake the
        # threads waiting for an item, for room, and for every task done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Say that an item taken with get() has been processed; join()
        returns when every item put was so acknowledged."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until every item put has been got and processed (see
        task_done())."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (other threads may change it)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue looks empty (other threads may change it)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue looks full (other threads may change it)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room if the queue is bounded and full: for
        ever (timeout None), at most timeout seconds, or not at all
        (block=False); raise Full if no room came."""
        with self.mutex:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if the queue is empty:
        for ever (timeout None), at most timeout seconds, or not at all
        (block=False); raise Empty if none came."""
        with self.mutex:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, overridden by the subclasses; called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """A queue that hands out the smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A last-in first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue with no task tracking; put()
    never blocks."""

    # The items are self._items[self._head:] (get() advances the head and
    # the dead prefix is cut off now and then).  A getter that finds nothing
    # waits on a lock of its own, queued in self._waiters; put() releases
    # the first one.  One plain lock guards all of it.

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self._mutex = threading.Lock()
        self._items = []
        self._head = 0
        self._waiters = []

    def put(self, item, block=True, timeout=None):
        """Add item (never blocks; the arguments are for compatibility with
        Queue.put)."""
        with self._mutex:
            self._items.append(item)
            if self._waiters:
                self._waiters.pop(0).release()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if the queue is empty:
        for ever (timeout None), at most timeout seconds, or not at all
        (block=False); raise Empty if none came."""
        if not block:
            timeout = None          # ignored, as by CPython's C version
        elif timeout is not None:
            # Seconds as a float or an integer-like object.
            if not isinstance(timeout, float):
                timeout = _index(timeout)
            _check_timeout(timeout)
            deadline = None
        mutex = self._mutex
        with mutex:
            while True:
                items = self._items
                head = self._head
                if head < len(items):
                    item = items[head]
                    head += 1
                    if head == len(items):
                        items.clear()
                        head = 0
                    elif head > 32 and head * 2 > len(items):
                        del items[:head]
                        head = 0
                    else:
                        items[head - 1] = None
                    self._head = head
                    return item
                if not block:
                    raise Empty
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                        remaining = timeout
                    else:
                        remaining = deadline - _time()
                    if remaining <= 0:
                        raise Empty
                waiter = threading.Lock()
                waiter.acquire()
                self._waiters.append(waiter)
                mutex.release()
                try:
                    if timeout is None:
                        waiter.acquire()
                    else:
                        waiter.acquire(True, remaining)
                except BaseException:
                    mutex.acquire()
                    try:
                        self._waiters.remove(waiter)
                    except ValueError:
                        # put() chose this waiter, which is leaving: its
                        # wake-up goes to the next one.
                        if self._waiters and self._head < len(self._items):
                            self._waiters.pop(0).release()
                    raise
                mutex.acquire()
                try:
                    self._waiters.remove(waiter)      # timed out
                except ValueError:
                    pass                              # woken by put()

    def empty(self):
        """True if the queue is empty (other threads may change it)."""
        return self._head == len(self._items)

    def qsize(self):
        """The number of items (other threads may change it)."""
        return len(self._items) - self._head

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
