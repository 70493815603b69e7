"""asyncio.base_events: BaseEventLoop, the loop core.

One iteration (_run_once): drop cancelled timers, wait once on the selector
with the nearest timer's delay as timeout (0 when callbacks are ready),
move due timers to the ready deque, then run the callbacks that were ready
when the iteration began. I/O is added by selector_events.

The iteration, the loop repeating it and the timer heap's sift steps are C
(_asyncio_c, stdlib/asyncio_loop.c and asyncio_heap.c) working on the same
attributes; _py_run_once is the same iteration in Python, used where the C
module is missing and by loops that override _run_once."""

__all__ = ('BaseEventLoop', 'Server')

from ._deque import deque as _deque
import heapq
import itertools
import os
import sys
import time

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import trsock
from .log import logger

try:
    import _asyncio_c
except ImportError:
    _asyncio_c = None

if _asyncio_c is not None:
    # heapq's algorithm in C, comparing TimerHandles' times directly.
    _heappush = _asyncio_c._heappush
else:
    _heappush = heapq.heappush

# Rebuild the timer heap once it holds this many handles, more than this
# fraction of them cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest a single selector wait may last (a day).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _get_ident():
    try:
        import _thread
        return _thread.get_ident()
    except (ImportError, AttributeError):
        return 1


def _clock_resolution():
    try:
        return time.get_clock_info('monotonic').resolution
    except AttributeError:
        return 1e-09


def _format_handle(handle):
    callback = handle._callback
    owner = getattr(callback, '__self__', None)
    if isinstance(owner, tasks.Task):
        return repr(owner)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself: the exception goes up through it.
            return
    futures._get_loop(fut).stop()


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    """The getaddrinfo() entry for a numeric host, or None when the host
    needs resolving."""
    import socket
    if not hasattr(socket, 'inet_pton'):
        return None
    if proto not in {0, socket.IPPROTO_TCP, socket.IPPROTO_UDP} or \
            host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if family == socket.AF_UNSPEC:
        families = [socket.AF_INET]
        if hasattr(socket, 'AF_INET6'):
            families.append(socket.AF_INET6)
    else:
        families = [family]
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None
    for af in families:
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        if af == getattr(socket, 'AF_INET6', None):
            return af, type, proto, '', (host, port, flowinfo, scopeid)
        return af, type, proto, '', (host, port)
    return None


# Frames of where a coroutine was made that debug mode keeps (CPython's
# DEBUG_STACK_DEPTH).
_ORIGIN_DEPTH = 10

class Server(events.AbstractServer):
    """The listening sockets made by loop.create_server()."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(
                self._protocol_factory, sock, self._ssl_context, self,
                self._backlog, self._ssl_handshake_timeout,
                self._ssl_shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and \
                not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on '
                               f'serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError as cancelled:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise cancelled
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop core: ready callbacks, timers, running, stopping."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = _deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = _clock_resolution()
        self._exception_handler = None
        self._debug = False
        self._origin_depth_saved = None   # while debug mode tracks cr_origin
        # The -X loopstats/looptrace recorder (set by the I/O layer).
        self._instrument = None
        self.set_debug(coroutines._is_debug_mode())
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def __del__(self):
        if not self.is_closed():
            try:
                import warnings
                warnings.warn(f'unclosed event loop {self!r}',
                              ResourceWarning, source=self)
            except Exception:
                pass
            if not self.is_running():
                self.close()

    # -- futures and tasks --

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- hooks for the I/O layer --

    def _process_events(self, event_list):
        raise NotImplementedError

    def _write_to_self(self):
        raise NotImplementedError

    # -- running and stopping --

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        hooks = getattr(sys, 'get_asyncgen_hooks', None)
        old_hooks = hooks() if hooks is not None else None
        try:
            self._thread_id = _get_ident()
            if old_hooks is not None:
                sys.set_asyncgen_hooks(
                    firstiter=self._asyncgen_firstiter_hook,
                    finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            self._track_coroutine_origins(self._debug)
            if _asyncio_c is not None and \
                    type(self)._run_once is BaseEventLoop._run_once and \
                    '_run_once' not in self.__dict__:
                _asyncio_c._run_forever(self)
            else:
                while True:
                    self._run_once()
                    if self._stopping:
                        break
        finally:
            self._track_coroutine_origins(False)
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # Made here, so a stop before it ends is no reason to complain.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # Mark the exception retrieved: it is going up right now.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        if type(future) is tasks._PyTask:
            # Raised from here, as CPython's C result() leaves no frame
            # (a C Task's result() will not either).
            if future._state == futures._CANCELLED:
                raise future._make_cancelled_error()
            if future._exception is not None:
                future._log_traceback = False
                raise future._exception.with_traceback(future._exception_tb)
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug('Close %r', self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        return time.monotonic()

    # -- async generators --

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f'asynchronous generator {agen!r} was scheduled after '
                f'loop.shutdown_asyncgens() call',
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing],
                                     return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # -- executors --

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # -- scheduling callbacks --

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or \
                coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _check_thread(self):
        if self._thread_id is None:
            return
        if _get_ident() != self._thread_id:
            raise RuntimeError(
                'Non-thread-safe operation invoked on an event loop other '
                'than the current one')

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
            handle = events.Handle(callback, args, self, context)
            if handle._source_traceback:
                del handle._source_traceback[-1]
        else:
            handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- one iteration --

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if count > _MIN_SCHEDULED_TIMER_HANDLES and \
                self._timer_cancelled_count / count > \
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION:
            kept = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            heapq.heapify(kept)
            self._scheduled = kept
            self._timer_cancelled_count = 0
            return
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = heapq.heappop(scheduled)
            handle._scheduled = False

    def _run_once(self):
        if _asyncio_c is not None:
            _asyncio_c._run_once(self)
        else:
            self._py_run_once()

    def _py_run_once(self):
        if self._timer_cancelled_count:
            self._drop_cancelled_timers()
        scheduled = self._scheduled
        ready = self._ready
        if ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = min(max(0, scheduled[0]._when - self.time()),
                          MAXIMUM_SELECT_TIMEOUT)
        else:
            timeout = None
        self._process_events(self._selector.select(timeout))

        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        # Callbacks queued while these run wait for the next iteration.
        popleft = ready.popleft
        if self._debug or self._instrument is not None:
            for _ in range(len(ready)):
                handle = popleft()
                if not handle._cancelled:
                    self._run_timed(handle)
        else:
            for _ in range(len(ready)):
                handle = popleft()
                if not handle._cancelled:
                    handle._run()
        handle = None

    def _run_timed(self, handle):
        try:
            self._current_handle = handle
            if self._instrument is not None:
                took = self._instrument.run(handle)
            else:
                start = self.time()
                handle._run()
                took = self.time() - start
            if self._debug and took >= self.slow_callback_duration:
                logger.warning('Executing %s took %.3f seconds',
                               _format_handle(handle), took)
        finally:
            self._current_handle = None

    # -- name resolution, connections and servers --

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0,
                          flags=0):
        import socket
        return await self.run_in_executor(None, socket.getaddrinfo, host,
                                          port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        import socket
        return await self.run_in_executor(None, socket.getnameinfo,
                                          sockaddr, flags)

    async def _ensure_resolved(self, address, *, family=0, type=None,
                               proto=0, flags=0, loop):
        import socket
        if type is None:
            type = socket.SOCK_STREAM
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]
        return await loop.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    async def create_connection(self, protocol_factory, host=None, port=None,
                                *, ssl=None, family=0, proto=0, flags=0,
                                sock=None, local_addr=None,
                                server_hostname=None,
                                ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None):
        import socket
        if ssl:
            raise NotImplementedError('gilpy has no ssl module')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same '
                    'time')
            infos = await self._ensure_resolved(
                (host, port), family=family, type=socket.SOCK_STREAM,
                proto=proto, flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            errors = []
            for af, socktype, proto_, _, address in infos:
                sock = None
                try:
                    sock = socket.socket(family=af, type=socktype,
                                         proto=proto_)
                    sock.setblocking(False)
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    errors.append(exc)
                    if sock is not None:
                        sock.close()
                    sock = None
                except:
                    if sock is not None:
                        sock.close()
                    raise
            if sock is None:
                if len(errors) == 1:
                    raise errors[0]
                first = str(errors[0])
                if all(str(exc) == first for exc in errors):
                    raise errors[0]
                raise OSError('Multiple exceptions: ' +
                              ', '.join(str(exc) for exc in errors))
        else:
            if sock is None:
                raise ValueError(
                    'host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._create_connection_transport(sock,
                                                       protocol_factory)

    async def connect_accepted_socket(self, protocol_factory, sock, *,
                                      ssl=None, ssl_handshake_timeout=None,
                                      ssl_shutdown_timeout=None):
        import socket
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        if ssl:
            raise NotImplementedError('gilpy has no ssl module')
        return await self._create_connection_transport(sock,
                                                       protocol_factory)

    async def _create_connection_transport(self, sock, protocol_factory):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_datagram_endpoint(self, protocol_factory,
                                       local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None,
                                       sock=None):
        import socket
        r_addr = None
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            options = dict(local_addr=local_addr, remote_addr=remote_addr,
                           family=family, proto=proto, flags=flags,
                           reuse_port=reuse_port,
                           allow_broadcast=allow_broadcast)
            problems = ', '.join(f'{k}={v}' for k, v in options.items() if v)
            if problems:
                raise ValueError(
                    f'socket modifier keyword arguments can not be used '
                    f'when sock is specified. ({problems})')
            sock.setblocking(False)
        else:
            pairs = await self._datagram_address_pairs(
                local_addr, remote_addr, family, proto, flags)
            errors = []
            for (family, proto), (local_address, remote_address) in pairs:
                sock = None
                r_addr = None
                try:
                    sock = socket.socket(family=family,
                                         type=socket.SOCK_DGRAM, proto=proto)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(local_address)
                    if remote_addr:
                        if not allow_broadcast:
                            await self.sock_connect(sock, remote_address)
                        r_addr = remote_address
                except OSError as exc:
                    if sock is not None:
                        sock.close()
                    errors.append(exc)
                except:
                    if sock is not None:
                        sock.close()
                    raise
                else:
                    break
            else:
                raise errors[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_datagram_transport(sock, protocol, r_addr,
                                                  waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def _datagram_address_pairs(self, local_addr, remote_addr, family,
                                      proto, flags):
        """[((family, proto), (local address, remote address)), ...]"""
        import socket
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            return [((family, proto), (None, None))]
        by_key = {}
        for index, addr in ((0, local_addr), (1, remote_addr)):
            if addr is None:
                continue
            if not (isinstance(addr, tuple) and len(addr) == 2):
                raise TypeError('2-tuple is expected')
            infos = await self._ensure_resolved(
                addr, family=family, type=socket.SOCK_DGRAM, proto=proto,
                flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            for fam, _, pro, _, address in infos:
                by_key.setdefault((fam, pro), [None, None])[index] = address
        pairs = [(key, pair) for key, pair in by_key.items()
                 if not ((local_addr and pair[0] is None) or
                         (remote_addr and pair[1] is None))]
        if not pairs:
            raise ValueError('can not get address information')
        return pairs

    async def connect_read_pipe(self, protocol_factory, pipe):
        return await self._connect_pipe(self._make_read_pipe_transport,
                                        protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        return await self._connect_pipe(self._make_write_pipe_transport,
                                        protocol_factory, pipe)

    async def _connect_pipe(self, make_transport, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = make_transport(pipe, protocol, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    def _check_subprocess_options(self, universal_newlines, bufsize, text,
                                  encoding, errors):
        if universal_newlines:
            raise ValueError('universal_newlines must be False')
        if bufsize != 0:
            raise ValueError('bufsize must be 0')
        if text:
            raise ValueError('text must be False')
        if encoding is not None:
            raise ValueError('encoding must be None')
        if errors is not None:
            raise ValueError('errors must be None')

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1,
                               stdout=-1, stderr=-1,
                               universal_newlines=False, shell=True,
                               bufsize=0, encoding=None, errors=None,
                               text=None, **kwargs):
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        if universal_newlines:
            raise ValueError('universal_newlines must be False')
        if not shell:
            raise ValueError('shell must be True')
        self._check_subprocess_options(universal_newlines, bufsize, text,
                                       encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(
            protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args,
                              stdin=-1, stdout=-1, stderr=-1,
                              universal_newlines=False, shell=False,
                              bufsize=0, encoding=None, errors=None,
                              text=None, **kwargs):
        if universal_newlines:
            raise ValueError('universal_newlines must be False')
        if shell:
            raise ValueError('shell must be False')
        self._check_subprocess_options(universal_newlines, bufsize, text,
                                       encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(
            protocol, (program,) + args, False, stdin, stdout, stderr,
            bufsize, **kwargs)
        return transport, protocol

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        import socket
        infos = await self._ensure_resolved((host, port), family=family,
                                            type=socket.SOCK_STREAM,
                                            flags=flags, loop=self)
        if not infos:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')
        return infos

    async def create_server(self, protocol_factory, host=None, port=None,
                            *, family=0, flags=None, sock=None, backlog=100,
                            ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, start_serving=True):
        import socket
        if flags is None:
            flags = socket.AI_PASSIVE
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl:
            raise NotImplementedError('gilpy has no ssl module')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError(
                    'host/port and sock can not be specified at the same '
                    'time')
            if reuse_address is None:
                reuse_address = os.name == 'posix' and \
                    sys.platform != 'cygwin'
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not hasattr(host, '__iter__'):
                hosts = [host]
            else:
                hosts = host
            lookups = [self._create_server_getaddrinfo(h, port, family, flags)
                       for h in hosts]
            infos = await tasks.gather(*lookups)
            infos = set(itertools.chain.from_iterable(infos))
            sockets = []
            completed = False
            try:
                for af, socktype, proto, _, address in infos:
                    try:
                        sock = socket.socket(af, socktype, proto)
                    except OSError:
                        continue
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEADDR, True)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET,
                                        socket.SO_REUSEPORT, True)
                    if af == getattr(socket, 'AF_INET6', None) and \
                            hasattr(socket, 'IPPROTO_IPV6'):
                        sock.setsockopt(socket.IPPROTO_IPV6,
                                        socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(address)
                    except OSError as err:
                        raise OSError(err.errno,
                                      'error while attempting to bind on '
                                      'address %r: %s'
                                      % (address, err.strerror.lower())
                                      ) from None
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog,
                        ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # Let the listening start before returning.
            await tasks.sleep(0)
        if self._debug:
            logger.info('%r is serving', server)
        return server

    # -- errors --

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or \
            'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        if 'source_traceback' not in context and \
                self._current_handle is not None and \
                self._current_handle._source_traceback:
            context['handle_traceback'] = \
                self._current_handle._source_traceback
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                import traceback
                text = ''.join(traceback.format_list(value))
                title = 'Object created at (most recent call last):\n' \
                    if key == 'source_traceback' else \
                    'Handle created at (most recent call last):\n'
                value = title + text.rstrip()
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler',
                             exc_info=True)
            return
        try:
            owner = context.get('task')
            if owner is None:
                owner = context.get('future')
            if owner is None:
                owner = context.get('handle')
            ctx = None
            if owner is not None and hasattr(owner, 'get_context'):
                ctx = owner.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(self._exception_handler, self, context)
            else:
                self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while '
                             'handling an unexpected error in custom '
                             'exception handler', exc_info=True)

    # -- debug mode --

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        if self.is_running():
            self.call_soon_threadsafe(self._track_coroutine_origins, enabled)

    def _track_coroutine_origins(self, enabled):
        """In debug mode, coroutines made on the loop's thread remember
        where (cr_origin), for the "never awaited" warning."""
        if enabled == (self._origin_depth_saved is not None):
            return
        if enabled:
            self._origin_depth_saved = sys.get_coroutine_origin_tracking_depth()
            sys.set_coroutine_origin_tracking_depth(_ORIGIN_DEPTH)
        else:
            sys.set_coroutine_origin_tracking_depth(self._origin_depth_saved)
            self._origin_depth_saved = None


if _asyncio_c is not None:
    # The C loop core does these methods' work itself while a loop keeps
    # them (not overridden by a subclass or on the instance).
    for _name in ('call_soon', 'time', '_run_once', 'get_debug'):
        _asyncio_c._loop_stock(_name, getattr(BaseEventLoop, _name))
    del _name
