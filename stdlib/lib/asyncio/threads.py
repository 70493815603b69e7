"""asyncio.threads: to_thread(), running a blocking function in the loop's
default executor."""

__all__ = ('to_thread',)

import functools

from . import events
from ._context import copy_context


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a worker thread and awaits its
    result."""
    loop = events.get_running_loop()
    call = functools.partial(copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
