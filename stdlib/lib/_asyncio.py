"""_asyncio: where CPython keeps asyncio's C accelerators (Future, Task and
the running-loop and current-task bookkeeping). gilpy's are still the
Python classes of the asyncio package, which already name this module as
theirs; a C version will take this module's place, with the same names."""

from asyncio.futures import Future
from asyncio.tasks import (Task, _register_task, _unregister_task,
                           _enter_task, _leave_task, _all_tasks,
                           _current_tasks)
from asyncio.events import (get_running_loop, get_event_loop,
                            _get_event_loop, _get_running_loop,
                            _set_running_loop)
