"""asyncio.selector_events: BaseSelectorEventLoop, the loop that waits on a
selectors selector: readers and writers per file descriptor, the sock_*
coroutines, and the self-pipe that wakes the loop from other threads."""

__all__ = ('BaseSelectorEventLoop',)

import time

from . import base_events
from . import events
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


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop whose waits go through a selector."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = selectors.DefaultSelector() if selectors is not None \
                else _TimerOnlySelector()
        logger.debug('Using selector: %s', selector.__class__.__name__)
        self._selector = selector
        self._ssock = self._csock = None
        self._make_self_pipe()

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

    def _read_from_self(self):
        while True:
            try:
                if not self._ssock.recv(4096):
                    break
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

    def _add_reader(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, _EVENT_READ, (handle, None))
        else:
            reader, writer = key.data
            self._selector.modify(fd, key.events | _EVENT_READ,
                                  (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~_EVENT_READ
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (None, writer))
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            self._selector.register(fd, _EVENT_WRITE, (None, handle))
        else:
            reader, writer = key.data
            self._selector.modify(fd, key.events | _EVENT_WRITE,
                                  (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        reader, writer = key.data
        mask = key.events & ~_EVENT_WRITE
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, (reader, None))
        if writer is not None:
            writer.cancel()
            return True
        return False
