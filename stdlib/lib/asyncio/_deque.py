"""asyncio._deque: the deque the loop, queues and locks keep their items and
waiters in: _asyncio_c's C deque (collections.deque's interface) when
available, since the pure-Python collections.deque makes every append,
popleft and len a Python call on the loop's hottest paths."""

try:
    from _asyncio_c import deque
except ImportError:
    from collections import deque
