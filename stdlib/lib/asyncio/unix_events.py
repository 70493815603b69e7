"""asyncio.unix_events: the event loop and policy used on Unix (signal
handlers through the self-pipe, Unix domain stream sockets)."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

import errno
import os
import sys

from . import base_events
from . import coroutines
from . import events
from . import selector_events
from . import tasks
from .log import logger


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


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One event loop per thread, made on demand in the main thread."""

    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
