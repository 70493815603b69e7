"""multiprocessing (gilpy): processes started with fork, connections, queues
and locks shared by forked processes, with CPython's API."""
import os

from .process import current_process, active_children, parent_process
from .process import BaseProcess


from .context import ProcessError, BufferTooShort, TimeoutError, AuthenticationError


class Process(BaseProcess):
    _start_method = 'fork'


def cpu_count():
    num = os.cpu_count()
    if num is None:
        raise NotImplementedError('cannot determine number of cpus')
    return num


def get_start_method(allow_none=False):
    return 'fork'


def get_all_start_methods():
    return ['fork']


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError('cannot find context for %r' % method)


def get_context(method=None):
    if method not in (None, 'fork'):
        raise ValueError('cannot find context for %r' % method)
    import sys
    return sys.modules[__name__]


def Pipe(duplex=True):
    from .connection import Pipe
    return Pipe(duplex)


def Queue(maxsize=0):
    from .queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from .queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from .queues import SimpleQueue
    return SimpleQueue()


def Lock():
    from .synchronize import Lock
    return Lock()


def RLock():
    from .synchronize import RLock
    return RLock()


def Semaphore(value=1):
    from .synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from .synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    from .synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    from .synchronize import Barrier
    return Barrier(parties, action, timeout)


def Condition(lock=None):
    from .synchronize import Condition
    return Condition(lock)


def Manager():
    """A started SyncManager: shared dicts, lists, queues, locks, values."""
    from .managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Value(typecode_or_type, *args, lock=True):
    from .sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from .sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from .sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from .sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)
