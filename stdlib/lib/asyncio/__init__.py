"""asyncio: coroutines run concurrently on an event loop (gilpy's own
implementation of CPython 3.11's package).

Layout: futures.Future and tasks.Task (the hot path: a task steps its
coroutine and waits on the futures it yields), events (handles, policy,
running-loop lookup), base_events.BaseEventLoop (ready deque, timer heap,
one selector wait per iteration), selector_events (descriptors, sock_*,
transports), unix_events (the concrete loop, signals, Unix sockets), and the
library on top (locks, queues, streams, timeouts, taskgroups, runners).

The C boundary: Future and Task are the C classes of _asyncio_c
(stdlib/asyncio_future.c, asyncio_task.c), presented as _asyncio.Future
and _asyncio.Task as in CPython; the Python classes stay as
futures._PyFuture and tasks._PyTask.  The C classes call back into Python
only on cold paths (reprs, stacks, error reports: base_futures and the
tasks._task_* functions).  stdlib/lib/_asyncio.py re-exports them with the
running-loop and task-registry functions CPython's C module provides.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .subprocess import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           subprocess.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           threads.__all__ +
           transports.__all__ +
           unix_events.__all__)
# As in CPython 3.11, TaskGroup is asyncio.TaskGroup but not in __all__.
