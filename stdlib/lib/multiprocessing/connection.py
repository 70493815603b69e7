"""multiprocessing.connection: Connection objects over pipes and sockets
(gilpy): send/recv of pickled objects and of bytes, framed by a length
header as CPython frames them, poll() and wait(); Listener and Client for
connections between unrelated processes, with CPython's authkey challenge."""
import os
import pickle
import select
import time

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

_ForkingPickler = pickle


def _header(n):
    """The length header in front of an n-byte message: 4 bytes big-endian,
    or -1 and 8 bytes for a message of 2 GiB or more."""
    if n > 0x7fffffff:
        return b'\xff\xff\xff\xff' + n.to_bytes(8, 'big')
    return n.to_bytes(4, 'big')


def _frame(data):
    """A whole message: header and body."""
    return _header(len(data)) + data


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
        chunk = os.read(self._handle, size)
        if len(chunk) == size:           # the usual case: all of it at once
            return chunk
        if not chunk:
            raise EOFError
        parts = [chunk]
        remaining = size - len(chunk)
        while remaining:
            chunk = os.read(self._handle, remaining)
            if not chunk:
                raise OSError("got end of file during message")
            parts.append(chunk)
            remaining -= len(chunk)
        return b''.join(parts)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        if type(buf) is bytes and offset == 0 and size is None:
            payload = buf
        else:
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
        if len(payload) > 16384:
            self._send(_header(len(payload)))
            self._send(payload)
        else:
            self._send(_header(len(payload)) + payload)

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


# -- Listener and Client ----------------------------------------------------

_CHALLENGE = b'#CHALLENGE#'
_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'
_MESSAGE_LENGTH = 20


def address_type(address):
    """'AF_INET' for a (host, port) pair, 'AF_UNIX' for a path."""
    if isinstance(address, tuple):
        return 'AF_INET'
    if isinstance(address, str):
        return 'AF_UNIX'
    raise ValueError('address type of %r unrecognized' % (address,))


def arbitrary_address(family):
    """A fresh address for a Listener of `family`."""
    if family == 'AF_INET':
        return ('localhost', 0)
    if family == 'AF_UNIX':
        return os.path.join(_temp_dir(), 'listener-' + os.urandom(6).hex())
    raise ValueError('unrecognized family')


_temp_dir_path = None


def _temp_dir():
    """This process's private folder for socket files, removed at exit."""
    global _temp_dir_path
    if _temp_dir_path is None or os.getpid() != _temp_dir_path[0]:
        base = os.environ.get('TMPDIR') or '/tmp'
        path = os.path.join(base, 'pymp-' + os.urandom(6).hex())
        os.mkdir(path, 0o700)
        _temp_dir_path = (os.getpid(), path)
        import atexit
        atexit.register(_remove_temp_dir, os.getpid(), path)
    return _temp_dir_path[1]


def _remove_temp_dir(pid, path):
    if os.getpid() == pid:
        for name in os.listdir(path):
            try:
                os.unlink(os.path.join(path, name))
            except OSError:
                pass
        try:
            os.rmdir(path)
        except OSError:
            pass


def _digest(authkey, message):
    import hmac
    return hmac.new(authkey, message, 'md5').digest()


def deliver_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = os.urandom(_MESSAGE_LENGTH)
    connection.send_bytes(_CHALLENGE + message)
    response = connection.recv_bytes(256)
    import hmac
    if hmac.compare_digest(response, _digest(authkey, message)):
        connection.send_bytes(_WELCOME)
    else:
        connection.send_bytes(_FAILURE)
        from . import AuthenticationError
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not {0!s}".format(type(authkey)))
    message = connection.recv_bytes(256)
    assert message[:len(_CHALLENGE)] == _CHALLENGE, 'message = %r' % message
    connection.send_bytes(_digest(authkey, message[len(_CHALLENGE):]))
    response = connection.recv_bytes(256)
    if response != _WELCOME:
        from . import AuthenticationError
        raise AuthenticationError('digest sent was rejected')


class Listener:
    """A listening socket whose accept() returns Connections."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        import socket
        family = family or (address and address_type(address)) or 'AF_UNIX'
        address = address or arbitrary_address(family)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        self._socket = socket.socket(getattr(socket, family))
        try:
            if family == 'AF_INET':
                self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._socket.bind(address)
            self._socket.listen(backlog)
        except BaseException:
            self._socket.close()
            raise
        self._family = family
        self._address = self._socket.getsockname()
        self._unlink = address if family == 'AF_UNIX' else None
        self._authkey = authkey

    def accept(self):
        if self._socket is None:
            raise OSError('listener is closed')
        s, _ = self._socket.accept()
        c = Connection(s.detach())
        if self._authkey is not None:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        s, self._socket = self._socket, None
        if s is not None:
            s.close()
            if self._unlink is not None:
                try:
                    os.unlink(self._unlink)
                except OSError:
                    pass

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at `address`."""
    import socket
    family = family or address_type(address)
    with socket.socket(getattr(socket, family)) as s:
        s.setblocking(True)
        s.connect(address)
        c = Connection(s.detach())
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c
