"""asyncio: coroutines run concurrently on an event loop (gilpy's own
implementation of CPython 3.11's package).

Layout: futures.Future and tasks.Task (the hot path: a task steps its
coroutine and waits on the futures it yields), events (handles, policy,
running-loop lookup), base_events.BaseEventLoop (ready deque, timer heap,
one selector wait per iteration), selector_events (descriptors, sock_*,
transports), unix_events (the concrete loop, signals, Unix sockets), and the
library on top (locks, queues, streams, timeouts, taskgroups, runners).

The C boundary: Future and Task already present themselves as
_asyncio.Future/_asyncio.Task and stdlib/lib/_asyncio.py re-exports them
with get_running_loop, get_event_loop, _get_event_loop,
_get_running_loop, _set_running_loop, _register_task, _unregister_task,
_enter_task, _leave_task, _all_tasks and _current_tasks, the names
CPython 3.11's C module provides. A C
_asyncio replaces that file; futures.py and tasks.py then take Future and
Task from it (keeping the Python classes as _PyFuture/_PyTask), and
events.py its running-loop functions. Nothing else refers to the classes'
internals except through the attributes CPython's C classes also expose
(_state, _result, _exception, _callbacks, _loop, _asyncio_future_blocking,
_log_destroy_pending, _must_cancel, _fut_waiter, _coro, _source_traceback).
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
