"""multiprocessing.connection: Connection objects over pipes and socket
pairs (gilpy): send/recv of pickled objects and of bytes, framed by a
length header as CPython frames them, poll() and wait()."""
import os
import pickle
import select
import time

__all__ = ['Pipe', 'Connection', 'wait']

_ForkingPickler = pickle


class Connection:
    """One end of a Pipe: a file descriptor that is readable, writable or both."""

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def _close(self):
        os.close(self._handle)

    def close(self):
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    # -- bytes

    def _send(self, buf):
        remaining = len(buf)
        view = buf
        while remaining:
            n = os.write(self._handle, view)
            remaining -= n
            if remaining:
                view = view[n:]

    def _recv(self, size):
        parts = []
        remaining = size
        while remaining:
            chunk = os.read(self._handle, remaining)
            if not chunk:
                if remaining == size:
                    raise EOFError
                raise OSError("got end of file during message")
            parts.append(chunk)
            remaining -= len(chunk)
        return b''.join(parts)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        n = len(data)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        payload = data[offset:offset + size]
        if size > 0x7fffffff:
            self._send((-1).to_bytes(4, 'big', signed=True) + size.to_bytes(8, 'big'))
            self._send(payload)
        elif size > 16384:
            self._send(size.to_bytes(4, 'big', signed=True))
            self._send(payload)
        else:
            self._send(size.to_bytes(4, 'big', signed=True) + payload)

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        size = int.from_bytes(self._recv(4), 'big', signed=True)
        if size == -1:
            size = int.from_bytes(self._recv(8), 'big')
        if maxlength is not None and size > maxlength:
            self.close()
            raise OSError("bad message length")
        return self._recv(size)

    def recv_bytes_into(self, buf, offset=0):
        data = self.recv_bytes()
        if offset < 0 or offset > len(buf):
            raise ValueError("offset out of bounds")
        if len(data) + offset > len(buf):
            from . import BufferTooShort
            raise BufferTooShort(bytes(data))
        buf[offset:offset + len(data)] = data
        return len(data)

    # -- objects

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self.send_bytes(pickle.dumps(obj))

    def recv(self):
        self._check_closed()
        self._check_readable()
        return pickle.loads(self.recv_bytes())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return bool(wait([self], timeout))


def Pipe(duplex=True):
    """Two Connections: both ways over a socket pair, or a one-way pipe
    (receiving end first)."""
    if duplex:
        import socket
        s1, s2 = socket.socketpair()
        c1 = Connection(s1.detach())
        c2 = Connection(s2.detach())
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


def wait(object_list, timeout=None):
    """The objects of object_list (connections, sentinels, anything with
    fileno()) that are ready to read, waiting up to timeout seconds."""
    poller = select.poll()
    by_fd = {}
    for obj in object_list:
        fd = obj if isinstance(obj, int) else obj.fileno()
        by_fd.setdefault(fd, []).append(obj)
        poller.register(fd, select.POLLIN)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        if deadline is None:
            ready = poller.poll()
        else:
            remaining = max(deadline - time.monotonic(), 0)
            ready = poller.poll(remaining * 1000)
        if ready or (deadline is not None and time.monotonic() >= deadline):
            break
    found = []
    for fd, events in ready:
        found.extend(by_fd.get(fd, ()))
    return found
