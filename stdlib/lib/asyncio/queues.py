"""asyncio.queues: FIFO, priority and LIFO queues for coroutines, with
task_done()/join() accounting."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from ._deque import deque as _deque
import heapq
import types

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A first-in first-out queue; maxsize <= 0 means unbounded."""

    # True while the class keeps Queue's qsize/full/empty: put, get and the
    # *_nowait methods then test the storage inline (the same answers with
    # fewer calls per item); a subclass overriding one of them is asked.
    _own_size_checks = True
    # Likewise while the class keeps Queue's deque storage (_put and _get):
    # put_nowait/get_nowait append and pop it without those calls.
    _own_storage = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._own_size_checks = all(getattr(cls, name) is getattr(Queue, name)
                                   for name in ('qsize', 'full', 'empty'))
        cls._own_storage = all(getattr(cls, name) is getattr(Queue, name)
                               for name in ('_put', '_get'))

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage; subclasses change these three.
    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(types.GenericAlias)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while (0 < self._maxsize <= len(self._queue)
               if self._own_size_checks else self.full()):
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    # Woken but leaving: the next putter gets the slot.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if (0 < self._maxsize <= len(self._queue)
                if self._own_size_checks else self.full()):
            raise QueueFull
        if self._own_storage:
            self._queue.append(item)
        else:
            self._put(item)
        self._unfinished_tasks += 1
        finished = self._finished
        if finished._value:
            finished.clear()
        if self._getters:
            self._wakeup_next(self._getters)

    async def get(self):
        while not self._queue if self._own_size_checks else self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if not self._queue if self._own_size_checks else self.empty():
            raise QueueEmpty
        item = self._queue.popleft() if self._own_storage else self._get()
        if self._putters:
            self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gives the smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gives the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
