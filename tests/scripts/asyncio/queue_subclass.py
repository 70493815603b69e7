# Queue subclasses: ones that override qsize/full/empty are asked by put,
# get and the *_nowait methods; storage overrides (_init/_put/_get) keep
# working; LIFO and priority queues block and wake as a FIFO one does.
import asyncio


class SmallQueue(asyncio.Queue):
    """Reports itself full at 2 items whatever its maxsize."""

    def full(self):
        print('  full() asked')
        return self.qsize() >= 2


class SetQueue(asyncio.Queue):
    """Keeps its items in a list under another name."""

    def _init(self, maxsize):
        self._items = []

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop(0)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)


async def drain(q, n):
    out = []
    for _ in range(n):
        out.append(await q.get())
    return out


async def main():
    q = SmallQueue()
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('SmallQueue full at 2')
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print('putter waiting', not putter.done())
    print(await drain(q, 3), putter.done())

    s = SetQueue(maxsize=2)
    await s.put('a')
    await s.put('b')
    print('SetQueue full', s.full(), s.qsize())
    late = asyncio.create_task(s.put('c'))
    await asyncio.sleep(0)
    print(s.get_nowait(), await s.get(), await s.get(), late.done())
    try:
        s.get_nowait()
    except asyncio.QueueEmpty:
        print('SetQueue empty')

    for cls in (asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=3)
        for item in (5, 1, 4):
            await q.put(item)
        waiting = asyncio.create_task(q.put(2))
        await asyncio.sleep(0)
        print(cls.__name__, q.full(), await drain(q, 4), waiting.done())

    q = asyncio.Queue(1)
    consumer = asyncio.create_task(drain(q, 3))
    for i in range(3):
        await q.put(i)
    print('one-slot queue passed', await consumer)

asyncio.run(main())
