"""asyncio.events: callback handles, the abstract loop and policy, and the
per-thread "current loop" and "running loop" lookups."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import os
import sys

from . import format_helpers
from ._context import copy_context


def _thread_local():
    """A threading.local when threads exist, else a plain namespace."""
    try:
        import threading
        return threading.local()
    except ImportError:
        pass
    try:
        import _thread
        return _thread._local()
    except (ImportError, AttributeError):
        class _Namespace:
            pass
        return _Namespace()


def _current_thread_name():
    try:
        import threading
    except ImportError:
        return 'MainThread'
    return threading.current_thread().name


def _in_main_thread():
    try:
        import threading
    except ImportError:
        return True
    return threading.current_thread() is threading.main_thread()


class Handle:
    """A callback with its arguments, as queued by loop.call_soon()."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop',
                 '_source_traceback', '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if loop._debug:
            self._source_traceback = format_helpers.caller_stack(1)
        else:
            self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        if self._source_traceback:
            frame = self._source_traceback[-1]
            info.append(f'created at {frame[0]}:{frame[1]}')
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Keep what the repr said while the callback was known.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers._format_callback_source(
                self._callback, self._args)
            context = {
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)
        self = None


class TimerHandle(Handle):
    """A callback to run at a given loop time (loop.call_later/call_at)."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        if self._source_traceback:
            del self._source_traceback[-1]
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# Handle and TimerHandle are the C classes of _asyncio_c
# (stdlib/asyncio_handle.c); the classes above stay as _PyHandle and
# _PyTimerHandle (the same behaviour, used where the C module is missing).
_PyHandle = Handle
_PyTimerHandle = TimerHandle

try:
    import _asyncio_c
except ImportError:
    pass
else:
    Handle = _CHandle = _asyncio_c.Handle
    TimerHandle = _CTimerHandle = _asyncio_c.TimerHandle


class AbstractServer:
    """The interface of servers made by loop.create_server()."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _abstract(*names, coroutine=False):
    """Methods an event loop class must provide (they raise
    NotImplementedError here, as in CPython's AbstractEventLoop)."""
    made = {}
    for name in names:
        if coroutine:
            async def method(self, *args, **kwargs):
                raise NotImplementedError
        else:
            def method(self, *args, **kwargs):
                raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = 'AbstractEventLoop.' + name
        made[name] = method
    return made


class AbstractEventLoop:
    """The interface every event loop provides."""


for _methods in (_abstract(
        'run_forever', 'run_until_complete', 'stop', 'is_running',
        'is_closed', 'close', '_timer_handle_cancelled', 'call_soon',
        'call_later', 'call_at', 'time', 'create_future', 'create_task',
        'call_soon_threadsafe', 'run_in_executor', 'set_default_executor',
        'add_reader', 'remove_reader', 'add_writer', 'remove_writer',
        'add_signal_handler', 'remove_signal_handler', 'set_task_factory',
        'get_task_factory', 'get_exception_handler',
        'set_exception_handler', 'default_exception_handler',
        'call_exception_handler', 'get_debug', 'set_debug'),
                 _abstract(
        'shutdown_asyncgens', 'shutdown_default_executor', 'getaddrinfo',
        'getnameinfo', 'create_connection', 'create_server', 'sendfile',
        'start_tls', 'create_unix_connection', 'create_unix_server',
        'connect_accepted_socket', 'create_datagram_endpoint',
        'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell',
        'subprocess_exec', 'sock_recv', 'sock_recv_into', 'sock_recvfrom',
        'sock_recvfrom_into', 'sock_sendall', 'sock_sendto',
        'sock_connect', 'sock_accept', 'sock_sendfile', coroutine=True)):
    for _name, _method in _methods.items():
        setattr(AbstractEventLoop, _name, _method)
del _abstract, _methods, _name, _method


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() gives in each context."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on first use."""

    _loop_factory = None

    def __init__(self):
        self._local = _thread_local()
        self._local._loop = None
        self._local._set_called = False

    def _state(self):
        local = self._local
        if not hasattr(local, '_loop'):
            local._loop = None
            local._set_called = False
        return local

    def get_event_loop(self):
        local = self._state()
        if local._loop is None and not local._set_called and \
                _in_main_thread():
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            raise RuntimeError('There is no current event loop in thread '
                               f'{_current_thread_name()!r}.')
        return local._loop

    def set_event_loop(self, loop):
        local = self._state()
        local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None


def _running_loop_holder():
    """Per-thread storage of (running loop, pid of the process it runs in)."""
    try:
        import threading
        base = threading.local
    except ImportError:
        try:
            import _thread
            base = _thread._local
        except (ImportError, AttributeError):
            base = object

    class _RunningLoop(base):
        loop_pid = (None, None)

    return _RunningLoop()


_running = _running_loop_holder()
# The pid, refreshed in a forked child: a loop never runs in two processes.
_pid = os.getpid()


def _refresh_pid():
    global _pid
    _pid = os.getpid()


if hasattr(os, 'register_at_fork'):
    os.register_at_fork(after_in_child=_refresh_pid)
    _getpid = None
else:
    _getpid = os.getpid


def _get_running_loop():
    """The loop running in this thread, or None (no error)."""
    loop, pid = _running.loop_pid
    if loop is not None and pid == (_pid if _getpid is None else _getpid()):
        return loop
    return None


def _set_running_loop(loop):
    _running.loop_pid = (loop, _pid if _getpid is None else _getpid())


def get_running_loop():
    """The loop running in this thread; RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _init_event_loop_policy():
    global _event_loop_policy
    from . import DefaultEventLoopPolicy
    _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and \
            not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of "
                        f"AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop if any, else the policy's loop for this thread."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """The policy's child watcher (Unix)."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Sets the policy's child watcher (Unix)."""
    return get_event_loop_policy().set_child_watcher(watcher)
