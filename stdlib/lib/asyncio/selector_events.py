"""asyncio.selector_events: BaseSelectorEventLoop, the loop that waits on a
selectors selector: readers and writers per file descriptor, the sock_*
coroutines, and the self-pipe that wakes the loop from other threads."""

__all__ = ('BaseSelectorEventLoop',)

from ._deque import deque as _deque
import functools
import time

from . import _instrument
from . import base_events
from . import events
from . import futures
from . import protocols
from . import transports
from . import trsock
from .log import logger

try:
    import selectors
except ImportError:
    selectors = None

_EVENT_READ = 1
_EVENT_WRITE = 2


class _TimerOnlySelector:
    """Stands in for a selector while gilpy has no selectors module: it
    watches no descriptor and select() only sleeps for the timeout."""

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError('the event loop has nothing to wait for '
                               'and no selector to wait with')
        if timeout > 0:
            time.sleep(timeout)
        return []

    def get_map(self):
        return {}

    def close(self):
        pass


def _default_selector():
    """The selector a new loop waits with: poll() unless `gilpy -X
    loop=select|poll|epoll` names another (the issue's and DESIGN.md's
    choice; selectors.DefaultSelector itself is epoll, as in CPython)."""
    if selectors is None:
        return _TimerOnlySelector()
    import sys
    choice = getattr(sys, '_xoptions', {}).get('loop', 'poll')
    kinds = {'select': 'SelectSelector', 'poll': 'PollSelector',
             'epoll': 'EpollSelector'}
    kind = getattr(selectors, kinds.get(choice, ''), None)
    if kind is None:
        return selectors.DefaultSelector()
    return kind()


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop whose waits go through a selector."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = _default_selector()
        logger.debug('Using selector: %s', selector.__class__.__name__)
        self._selector = selector
        # fd -> the transport using it (removed when the transport is done)
        self._transports = {}
        self._ssock = self._csock = None
        self._make_self_pipe()
        if _instrument.ACTIVE:
            self._instrument = _instrument.attach(self)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    # -- waking the loop from another thread --

    def _make_self_pipe(self):
        try:
            import socket
            socketpair = socket.socketpair
        except (ImportError, AttributeError):
            return
        self._ssock, self._csock = socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._internal_fds += 1
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        if self._ssock is None:
            return
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._internal_fds -= 1

    def _process_self_data(self, data):
        pass

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
                if not data:
                    break
                self._process_self_data(data)
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            if self._debug:
                logger.debug('Fail to write a null byte into the self-pipe '
                             'socket', exc_info=True)

    # -- readiness callbacks --

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & _EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fd)
                else:
                    self._add_callback(reader)
            if mask & _EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fd)
                else:
                    self._add_callback(writer)

    # The selector's data for a descriptor is (reader handle, writer handle);
    # `slot` 0 is the reader side, 1 the writer side.
    def _add_handler(self, fd, event, slot, callback, args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            data = [None, None]
            data[slot] = handle
            self._selector.register(fd, event, tuple(data))
        else:
            data = list(key.data)
            old, data[slot] = data[slot], handle
            self._selector.modify(fd, key.events | event, tuple(data))
            if old is not None:
                old.cancel()
        return handle

    def _remove_handler(self, fd, event, slot):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        data = list(key.data)
        old, data[slot] = data[slot], None
        mask = key.events & ~event
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(data))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_handler(fd, _EVENT_READ, 0, callback, args)

    def _remove_reader(self, fd):
        return self._remove_handler(fd, _EVENT_READ, 0)

    def _add_writer(self, fd, callback, *args):
        return self._add_handler(fd, _EVENT_WRITE, 1, callback, args)

    def _remove_writer(self, fd):
        return self._remove_handler(fd, _EVENT_WRITE, 1)

    # -- the public readiness API --

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f'Invalid file object: {fd!r}') from None
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport '
                               f'{transport!r}')

    def add_reader(self, fd, callback, *args):
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    # -- socket coroutines --

    def _check_nonblocking(self, sock):
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_reader(fd)

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_writer(fd)

    def _wait_readable(self, sock, callback, *args):
        """A future that callback(fut, *args) completes when it can."""
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, callback, fut, *args)
        fut.add_done_callback(
            functools.partial(self._sock_read_done, fd, handle=handle))
        return fut

    def _wait_writable(self, sock, callback, *args):
        """A future that callback(fut, *args) completes when it can."""
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_writer(fd, callback, fut, *args)
        fut.add_done_callback(
            functools.partial(self._sock_write_done, fd, handle=handle))
        return fut

    def _sock_retry(self, fut, call, *args):
        """Readiness callback: tries call(*args) again; its result or error
        completes fut (a call that would still block waits further)."""
        if fut.done():
            return
        try:
            result = call(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def sock_recv(self, sock, n):
        self._check_nonblocking(sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._wait_readable(sock, self._sock_retry, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        self._check_nonblocking(sock)
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._wait_readable(sock, self._sock_retry,
                                         sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        self._check_nonblocking(sock)
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._wait_readable(sock, self._sock_retry,
                                         sock.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        self._check_nonblocking(sock)
        if not nbytes:
            nbytes = len(buf)
        try:
            return sock.recvfrom_into(buf, nbytes)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._wait_readable(sock, self._sock_retry,
                                         sock.recvfrom_into, buf, nbytes)

    async def sock_sendto(self, sock, data, address):
        self._check_nonblocking(sock)
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._wait_writable(sock, self._sock_retry,
                                         sock.sendto, data, 0, address)

    async def sock_sendall(self, sock, data):
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        return await self._wait_writable(sock, self._sock_sendall, sock,
                                         bytes(data), [n])

    def _sock_sendall(self, fut, sock, data, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(data[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(data):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        self._check_nonblocking(sock)
        import socket
        if sock.family in (socket.AF_INET, getattr(socket, 'AF_INET6', -1)):
            resolved = await self._ensure_resolved(
                address, family=sock.family, type=sock.type,
                proto=sock.proto, loop=self)
            address = resolved[0][4]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        try:
            return await fut
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            # In progress: finished when the socket becomes writable.
            self._ensure_fd_no_transport(fd)
            handle = self._add_writer(fd, self._sock_connect_cb, fut, sock,
                                      address)
            fut.add_done_callback(
                functools.partial(self._sock_write_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        import socket
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._ensure_fd_no_transport(fd)
            handle = self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(
                functools.partial(self._sock_read_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

    # -- transports and servers --

    def _make_socket_transport(self, sock, protocol, waiter=None, *,
                               extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra,
                                        server)

    def _make_datagram_transport(self, sock, protocol, address=None,
                                 waiter=None, extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address,
                                          waiter, extra)

    def _start_serving(self, protocol_factory, sock, sslcontext=None,
                       server=None, backlog=100, ssl_handshake_timeout=None,
                       ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection,
                         protocol_factory, sock, sslcontext, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, sslcontext=None,
                           server=None, backlog=100):
        # Accept as many as are waiting (up to backlog) per readiness.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                if self._debug:
                    logger.debug('%r got a new connection from %r: %r',
                                 server, addr, conn)
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            except OSError as exc:
                import errno
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS,
                                 errno.ENOMEM):
                    self.call_exception_handler({
                        'message': 'socket.accept() out of system resource',
                        'exception': exc,
                        'socket': trsock.TransportSocket(sock),
                    })
                    self._remove_reader(sock.fileno())
                    self.call_later(1, self._start_serving, protocol_factory,
                                    sock, sslcontext, server, backlog)
                else:
                    raise
            else:
                self.create_task(self._accept_connection2(
                    protocol_factory, conn, {'peername': addr}, sslcontext,
                    server))

    async def _accept_connection2(self, protocol_factory, conn, extra,
                                  sslcontext=None, server=None):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(
                conn, protocol, waiter=waiter, extra=extra, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                context = {
                    'message': 'Error on transport creation for incoming '
                               'connection',
                    'exception': exc,
                }
                if protocol is not None:
                    context['protocol'] = protocol
                if transport is not None:
                    context['transport'] = transport
                self.call_exception_handler(context)


def _test_selector_event(selector, fd, event):
    try:
        key = selector.get_key(fd)
    except KeyError:
        return False
    return bool(key.events & event)


class _SelectorTransport(transports._FlowControlMixin, transports.Transport):
    """What socket transports share: registration with the loop, closing,
    error handling."""

    # Bytes read per readiness event.
    max_size = 256 * 1024
    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = trsock.TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        if self._server is not None:
            self._server._attach()
        loop._transports[self._sock_fd] = self

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        loop = self._loop
        if loop is not None and not loop.is_closed():
            reading = _test_selector_event(loop._selector, self._sock_fd,
                                           _EVENT_READ)
            info.append('read=polling' if reading else 'read=idle')
            writing = _test_selector_event(loop._selector, self._sock_fd,
                                           _EVENT_WRITE)
            state = 'polling' if writing else 'idle'
            info.append(f'write=<{state}, '
                        f'bufsize={self.get_write_buffer_size()}>')
        return '<' + ' '.join(info) + '>'

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)
        if self._loop.get_debug():
            logger.debug('%r pauses reading', self)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)
        if self._loop.get_debug():
            logger.debug('%r resumes reading', self)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def __del__(self):
        if self._sock is not None:
            import warnings
            warnings.warn(f'unclosed transport {self!r}', ResourceWarning,
                          source=self)
            self._sock.close()

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if isinstance(exc, OSError):
            # Connection errors are normal; say so only in debug mode.
            if self._loop.get_debug():
                logger.debug('%r: %s', self, message, exc_info=True)
        else:
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            if self._loop._transports.get(self._sock_fd) is self:
                del self._loop._transports[self._sock_fd]
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)


class _SelectorSocketTransport(_SelectorTransport):
    """A stream socket transport: reads on readiness and hands the bytes to
    the protocol; writes at once, buffering what the socket refuses."""

    def __init__(self, loop, sock, protocol, waiter=None, extra=None,
                 server=None):
        self._read_ready_cb = None
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        self._empty_waiter = None
        _set_nodelay(self._sock)
        self._loop.call_soon(self._protocol.connection_made, self)
        # Reading starts only after connection_made has run.
        self._loop.call_soon(self._add_reader, self._sock_fd,
                             self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def set_protocol(self, protocol):
        if isinstance(protocol, protocols.BufferedProtocol):
            self._read_ready_cb = self._read_ready__get_buffer
        else:
            self._read_ready_cb = self._read_ready__data_received
        super().set_protocol(protocol)

    def _read_ready(self):
        self._read_ready_cb()

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        if self._loop.get_debug():
            logger.debug('%r received EOF', self)
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # Half-closed: we may still write.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)) and \
                type(data).__name__ != 'memoryview':
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= 5:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket '
                                       'transport')
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(exc)
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._empty_waiter is not None:
                    self._empty_waiter.set_result(None)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    import socket
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            import socket
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        super()._call_connection_lost(exc)
        if self._empty_waiter is not None:
            self._empty_waiter.set_exception(
                ConnectionError('Connection is closed by peer'))


class _SelectorDatagramTransport(_SelectorTransport,
                                 transports.DatagramTransport):
    """A datagram socket transport: each readiness event reads one
    datagram; sends that would block wait in a queue of (data, addr)."""

    def __init__(self, loop, sock, protocol, address=None, waiter=None,
                 extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._buffer = _deque()
        self._address = address
        self._buffer_size = 0
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd,
                             self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled,
                                 waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def _send_one(self, data, addr):
        if self._extra['peername']:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray)) and \
                type(data).__name__ != 'memoryview':
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(
                    f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= 5:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                self._send_one(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(
                    exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                self._send_one(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(
                    exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)


def _set_nodelay(sock):
    import socket
    if hasattr(socket, 'TCP_NODELAY') and \
            sock.family in (socket.AF_INET, getattr(socket, 'AF_INET6', -1)) \
            and sock.type == socket.SOCK_STREAM and \
            sock.proto == socket.IPPROTO_TCP:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


try:
    import _asyncio_c
except ImportError:
    pass
else:
    # The C loop core skips this method when there are no events.
    _asyncio_c._loop_stock('_process_events',
                           BaseSelectorEventLoop._process_events)
