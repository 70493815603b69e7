"""_asyncio: where CPython keeps asyncio's C accelerators.  gilpy's Future
and Task are the C classes of _asyncio_c (stdlib/asyncio_*.c), named
_asyncio.Future and _asyncio.Task; the running-loop functions and the task
registry come from the asyncio package, as CPython's C module gives them."""

from asyncio.futures import Future
from asyncio.tasks import (Task, _register_task, _unregister_task,
                           _enter_task, _leave_task, _all_tasks,
                           _current_tasks)
from asyncio.events import (get_running_loop, get_event_loop,
                            _get_event_loop, _get_running_loop,
                            _set_running_loop)
