"""asyncio.unix_events: the event loop and policy used on Unix (signal
handlers through the self-pipe, Unix domain stream sockets)."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher',
           'ThreadedChildWatcher', 'PidfdChildWatcher',
           'DefaultEventLoopPolicy')

import errno
import itertools
import os
import sys

from . import base_events
from . import base_subprocess
from . import coroutines
from . import events
from . import futures
from . import selector_events
from . import tasks
from . import transports
from .log import logger

_S_IFMT = 0o170000
_S_IFIFO = 0o010000
_S_IFCHR = 0o020000
_S_IFSOCK = 0o140000


def _sighandler_noop(signum, frame):
    """The Python-level handler of signals the loop handles: the C handler
    already wrote the signal number to the wakeup fd."""


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop for Unix."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        finalizing = getattr(sys, 'is_finalizing', lambda: False)()
        for sig in list(self._signal_handlers):
            if finalizing:
                self._signal_handlers.clear()
                break
            self.remove_signal_handler(sig)

    # -- signals --

    def _process_self_data(self, data):
        for signum in data:
            if signum:
                self._handle_signal(signum)

    def add_signal_handler(self, sig, callback, *args):
        import signal
        if coroutines.iscoroutine(callback) or \
                coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with '
                            'add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        try:
            # The C handler writes the signal number to the self-pipe, which
            # wakes the selector.
            signal.set_wakeup_fd(self._csock.fileno())
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        handle = events.Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, _sighandler_noop)
            signal.siginterrupt(sig, False)
        except OSError as exc:
            del self._signal_handlers[sig]
            if not self._signal_handlers:
                self._clear_wakeup_fd()
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _handle_signal(self, sig):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback(handle)
            self._write_to_self()

    def remove_signal_handler(self, sig):
        import signal
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT \
            else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        if not self._signal_handlers:
            self._clear_wakeup_fd()
        return True

    def _clear_wakeup_fd(self):
        import signal
        try:
            signal.set_wakeup_fd(-1)
        except (ValueError, OSError) as exc:
            logger.info('set_wakeup_fd(-1) failed: %s', exc)

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    # -- Unix domain sockets --

    async def create_unix_connection(self, protocol_factory, path=None, *,
                                     ssl=None, sock=None,
                                     server_hostname=None,
                                     ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        import socket
        if ssl:
            raise NotImplementedError('gilpy has no ssl module')
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            if sock.family != socket.AF_UNIX or \
                    sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, '
                                 f'got {sock!r}')
            sock.setblocking(False)
        return await self._create_connection_transport(sock,
                                                       protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *,
                                 sock=None, backlog=100, ssl=None,
                                 ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None,
                                 start_serving=True):
        import socket
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl:
            raise NotImplementedError('gilpy has no ssl module')
        if path is not None:
            if sock is not None:
                raise ValueError(
                    'path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if path[0] not in (0, '\x00'):
                # A socket file left by an earlier server would make bind
                # fail: remove it (only if it is a socket).
                try:
                    if os.stat(path).st_mode & 0o170000 == 0o140000:
                        os.remove(path)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    logger.error('Unable to check or remove stale UNIX '
                                 'socket %r: %r', path, err)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE,
                                  f'Address {path!r} is already in use'
                                  ) from None
                raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError(
                    'path was not specified, and no sock specified')
            if sock.family != socket.AF_UNIX or \
                    sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, '
                                 f'got {sock!r}')
        sock.setblocking(False)
        server = base_events.Server(self, [sock], protocol_factory, ssl,
                                    backlog, ssl_handshake_timeout,
                                    ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server


    # -- pipes and child processes --

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None,
                                  extra=None):
        return _UnixReadPipeTransport(self, pipe, protocol, waiter, extra)

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None,
                                   extra=None):
        return _UnixWritePipeTransport(self, pipe, protocol, waiter, extra)

    async def _make_subprocess_transport(self, protocol, args, shell, stdin,
                                         stdout, stderr, bufsize, extra=None,
                                         **kwargs):
        with events.get_child_watcher() as watcher:
            if not watcher.is_active():
                raise RuntimeError('asyncio.get_child_watcher() is not '
                                   'activated, subprocess support is not '
                                   'installed.')
            waiter = self.create_future()
            transport = _UnixSubprocessTransport(
                self, protocol, args, shell, stdin, stdout, stderr, bufsize,
                waiter=waiter, extra=extra, **kwargs)
            watcher.add_child_handler(transport.get_pid(),
                                      self._child_watcher_callback, transport)
            try:
                await waiter
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                transport.close()
                await transport._wait()
                raise
        return transport

    def _child_watcher_callback(self, pid, returncode, transport):
        self.call_soon_threadsafe(transport._process_exited, returncode)


class AbstractChildWatcher:
    """Reports the exit of child processes to their loop."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        raise NotImplementedError()


def _exit_code(pid):
    """Reaps pid; its return code, or 255 if someone else reaped it."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        logger.warning('Unknown child process pid %d, will report '
                       'returncode 255', pid)
        return 255
    return os.waitstatus_to_exitcode(status)


class ThreadedChildWatcher(AbstractChildWatcher):
    """Waits for each child in a thread of its own (the default)."""

    def __init__(self):
        self._pid_counter = itertools.count(0)
        self._threads = {}

    def is_active(self):
        return True

    def close(self):
        for thread in list(self._threads.values()):
            if thread.is_alive() and not thread.daemon:
                thread.join()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        pass

    def add_child_handler(self, pid, callback, *args):
        import threading
        loop = events.get_running_loop()
        thread = threading.Thread(
            target=self._do_waitpid,
            name=f'waitpid-{next(self._pid_counter)}',
            args=(loop, pid, callback, args), daemon=True)
        self._threads[pid] = thread
        thread.start()

    def remove_child_handler(self, pid):
        return True

    def attach_loop(self, loop):
        pass

    def _do_waitpid(self, loop, pid, callback, args):
        returncode = _exit_code(pid)
        if loop.is_closed():
            logger.warning('Loop %r that handles pid %r is closed', loop, pid)
        else:
            loop.call_soon_threadsafe(callback, pid, returncode, *args)
        self._threads.pop(pid)


class PidfdChildWatcher(AbstractChildWatcher):
    """Watches a pidfd per child in the loop itself (no thread)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_traceback):
        pass

    def is_active(self):
        return True

    def close(self):
        pass

    def attach_loop(self, loop):
        pass

    def add_child_handler(self, pid, callback, *args):
        loop = events.get_running_loop()
        pidfd = os.pidfd_open(pid)
        loop._add_reader(pidfd, self._do_wait, pid, pidfd, callback, args)

    def _do_wait(self, pid, pidfd, callback, args):
        loop = events.get_running_loop()
        loop._remove_reader(pidfd)
        returncode = _exit_code(pid)
        os.close(pidfd)
        callback(pid, returncode, *args)

    def remove_child_handler(self, pid):
        return True


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child process on Unix."""


def _pipe_kind(fileno):
    return os.fstat(fileno).st_mode & _S_IFMT


# What the two pipe transports share, assigned into both classes (a mixin
# base would do, but gilpy mislays a class whose first base has no slots
# and whose second has some).

def _pipe_set_protocol(self, protocol):
    self._protocol = protocol


def _pipe_get_protocol(self):
    return self._protocol


def _pipe_is_closing(self):
    return self._closing


def _pipe_repr(self):
    info = [self.__class__.__name__]
    if self._pipe is None:
        info.append('closed')
    elif self._closing:
        info.append('closing')
    info.append(f'fd={self._fileno}')
    return '<' + ' '.join(info) + '>'


def _pipe_fatal_error(self, exc, message='Fatal error on pipe transport'):
    if isinstance(exc, OSError) and (exc.errno == errno.EIO or
                                     not self._report_os_errors):
        if self._loop.get_debug():
            logger.debug('%r: %s', self, message, exc_info=True)
    else:
        self._loop.call_exception_handler({
            'message': message,
            'exception': exc,
            'transport': self,
            'protocol': self._protocol,
        })
    self._close(exc)


def _pipe_call_connection_lost(self, exc):
    try:
        self._protocol.connection_lost(exc)
    finally:
        self._pipe.close()
        self._pipe = None
        self._protocol = None
        self._loop = None


def _pipe_methods(cls):
    cls.set_protocol = _pipe_set_protocol
    cls.get_protocol = _pipe_get_protocol
    cls.is_closing = _pipe_is_closing
    cls.__repr__ = _pipe_repr
    cls._fatal_error = _pipe_fatal_error
    cls._call_connection_lost = _pipe_call_connection_lost
    return cls


@_pipe_methods
class _UnixReadPipeTransport(transports.ReadTransport):
    """Reads a pipe (or socket, or character device) into a protocol."""

    max_size = 256 * 1024
    _report_os_errors = True

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        if _pipe_kind(self._fileno) not in (_S_IFIFO, _S_IFSOCK, _S_IFCHR):
            self._pipe = None
            self._fileno = None
            self._protocol = None
            raise ValueError('Pipe transport is for pipes/sockets only.')
        os.set_blocking(self._fileno, False)
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._fileno,
                             self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def _add_reader(self, fd, callback):
        if self.is_reading():
            self._loop._add_reader(fd, callback)

    def is_reading(self):
        return not self._paused and not self._closing

    def _read_ready(self):
        try:
            data = os.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
        else:
            if data:
                self._protocol.data_received(data)
                return
            if self._loop.get_debug():
                logger.info('%r was closed by peer', self)
            self._closing = True
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._protocol.eof_received)
            self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fileno, self._read_ready)

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


@_pipe_methods
class _UnixWritePipeTransport(transports._FlowControlMixin,
                              transports.WriteTransport):
    """Writes to a pipe, buffering what it refuses; notices the reader
    going away."""

    _report_os_errors = False

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        kind = _pipe_kind(self._fileno)
        if kind not in (_S_IFIFO, _S_IFSOCK, _S_IFCHR):
            self._pipe = None
            self._fileno = None
            self._protocol = None
            raise ValueError('Pipe transport is only for pipes, sockets and '
                             'character devices')
        os.set_blocking(self._fileno, False)
        self._loop.call_soon(self._protocol.connection_made, self)
        if kind in (_S_IFIFO, _S_IFSOCK):
            # Readable means the other end was closed.
            self._loop.call_soon(self._loop._add_reader, self._fileno,
                                 self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._close(BrokenPipeError() if self._buffer else None)

    def write(self, data):
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= 5:
                logger.warning('pipe closed by peer or os.write(pipe, data) '
                               'raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = os.write(self._fileno, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            data = data[n:]
            self._loop._add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        try:
            n = os.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop._remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
        else:
            if n == len(self._buffer):
                self._buffer.clear()
                self._loop._remove_writer(self._fileno)
                self._maybe_resume_protocol()
                if self._closing:
                    self._loop._remove_reader(self._fileno)
                    self._call_connection_lost(None)
            elif n > 0:
                del self._buffer[:n]

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fileno)
        self._buffer.clear()
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One event loop per thread, made on demand in the main thread, and
    one child watcher (a ThreadedChildWatcher unless set)."""

    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def set_event_loop(self, loop):
        super().set_event_loop(loop)
        if self._watcher is not None and events._in_main_thread():
            self._watcher.attach_loop(loop)

    def get_child_watcher(self):
        if self._watcher is None:
            self._watcher = ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        if watcher is not None and \
                not isinstance(watcher, AbstractChildWatcher):
            raise AssertionError
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
