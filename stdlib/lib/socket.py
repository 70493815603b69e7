"""socket: the BSD socket interface (gilpy).

The C module _socket does the system calls; this module adds the socket
class that programs use (accept returning a socket, makefile, dup, the
context manager, a readable repr), the AddressFamily/SocketKind enums that
family and type come back as, and the helpers create_connection,
create_server, socketpair, fromfd and getfqdn.
"""

import _socket
from _socket import *

import errno
import os
import sys
from enum import IntEnum, IntFlag

import _sockio

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if not name.startswith('_'))


# ---- the enums: constants of _socket grouped by prefix, sorted by value ----

def _enum_from_constants(enum_type, name, prefix):
    members = [(k, v) for k, v in vars(_socket).items()
               if k.isupper() and k.startswith(prefix)]
    members.sort(key=lambda item: (item[1], item[0]))
    cls = enum_type(name, members, module=__name__)
    # the module's constants become the members (AF_INET is AddressFamily.AF_INET)
    globals().update(cls.__members__)
    return cls


AddressFamily = _enum_from_constants(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _enum_from_constants(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _enum_from_constants(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _enum_from_constants(IntFlag, 'AddressInfo', 'AI_')

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    """value as a member of enum_klass when it is one, else unchanged."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


# ---- the socket class -------------------------------------------------------

class socket(_socket.socket):
    """A socket object, as _socket.socket with the Python conveniences."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family,
            self.type, self.proto)
        if not closed:
            for label, getter in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    addr = getter()
                except error:
                    continue
                if addr:
                    text += ", %s=%s" % (label, str(addr))
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """A new socket object for a duplicate of this socket's descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Waits for a connection: (a new socket for it, the peer's address)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout gives blocking connections
        # unless there is a default timeout.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None,
                 errors=None, newline=None):
        """A file object reading and/or writing this socket ("r", "w", "b")."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        kind = ("BufferedRWPair" if reading and writing else
                "BufferedReader" if reading else "BufferedWriter")
        buffer = _sockio.BUFFERED_CLASSES[kind](raw, reading, writing)
        if binary:
            return buffer
        return _sockio.TextIOWrapper(buffer, mode, encoding or "UTF-8", errors or "strict", newline)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        # the descriptor stays open while file objects from makefile use it
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Forgets the descriptor without closing it, and returns it."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family of the socket, as an AddressFamily member."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The kind of socket, as a SocketKind member."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    def _check_sendfile_params(self, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))

    def _sendfile_use_send(self, file, offset=0, count=None):
        """sendfile by reading the file and sending what it gives."""
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        return self._send_file_data(file, offset, count)

    def _send_file_data(self, file, offset, count):
        total = 0
        try:
            while count is None or total < count:
                size = 8192 if count is None else min(8192, count - total)
                data = file.read(size)
                if not data:
                    break
                self.sendall(data)
                total += len(data)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    def sendfile(self, file, offset=0, count=None):
        """Sends a binary file's contents from offset (count bytes at most,
        all by default); returns how many were sent."""
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        # like os.sendfile, the offset counts from the start of the file
        file.seek(offset)
        return self._send_file_data(file, offset, count)


def fromfd(fd, family, type, proto=0):
    """A socket object for a duplicate of descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX by default)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return (socket(family, type, proto, a.detach()),
            socket(family, type, proto, b.detach()))


# ---- passing file descriptors (SCM_RIGHTS) ---------------------------------

_INT_SIZE = 4    # a C int, as the kernel counts descriptors in SCM_RIGHTS data


def send_fds(sock, buffers, fds, flags=0, address=None):
    """Sends the data in buffers and the descriptors fds over an AF_UNIX
    socket (flags and address are not used, as in CPython 3.11)."""
    data = b"".join(fd.to_bytes(_INT_SIZE, sys.byteorder, signed=True) for fd in fds)
    return sock.sendmsg(buffers, [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, data)])


def recv_fds(sock, bufsize, maxfds, flags=0):
    """Receives up to bufsize bytes and up to maxfds descriptors:
    (data, list of descriptors, message flags, address)."""
    msg, ancdata, flags, addr = sock.recvmsg(bufsize, _socket.CMSG_LEN(maxfds * _INT_SIZE))
    fds = []
    for level, kind, data in ancdata:
        if level == _socket.SOL_SOCKET and kind == _socket.SCM_RIGHTS:
            for i in range(0, len(data) - len(data) % _INT_SIZE, _INT_SIZE):
                fds.append(int.from_bytes(data[i:i + _INT_SIZE], sys.byteorder, signed=True))
    return msg, fds, flags, addr


__all__ += ["send_fds", "recv_fds"]


# ---- file objects over a socket -------------------------------------------
# SocketIO is the raw file; the buffered and text files that makefile()
# puts over it come from _sockio (gilpy has no io module to build them on).

EBADF = getattr(errno, 'EBADF', 9)
EAGAIN = getattr(errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(errno, 'EWOULDBLOCK', 11)
_blocking_errnos = {EAGAIN, EWOULDBLOCK}
_CLOSED_FILE = _sockio.CLOSED_FILE
_CLOSED_SOCKET = _sockio.CLOSED_SOCKET
_UnsupportedOperation = _sockio.UnsupportedOperation


class SocketIO:
    """The raw (unbuffered, binary) file object over a socket."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False
        self.closed = False

    def _checkClosed(self, message=_CLOSED_FILE):
        if self.closed:
            raise ValueError(message)

    def _recv(self, call, arg):
        self._checkClosed()
        if not self._reading:
            raise _UnsupportedOperation("File not open for reading")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return call(arg)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readinto(self, b):
        """Reads into the bytearray b: the count, or None with no data yet."""
        return self._recv(self._sock.recv_into, b)

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        return self._recv(self._sock.recv, size)

    def readall(self):
        chunks = []
        while True:
            data = self.read(65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def write(self, b):
        """Sends b (some of it when the socket is non-blocking)."""
        self._checkClosed()
        if not self._writing:
            raise _UnsupportedOperation("File not open for writing")
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        self._checkClosed(_CLOSED_SOCKET)
        return self._reading

    def writable(self):
        self._checkClosed(_CLOSED_SOCKET)
        return self._writing

    def seekable(self):
        self._checkClosed(_CLOSED_SOCKET)
        return False

    def flush(self):
        self._checkClosed()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        self.closed = True
        self._sock._decref_socketios()
        self._sock = None

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()


# ---- names --------------------------------------------------------------

def getfqdn(name=''):
    """The fully qualified domain name of name (of this host when empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolves host and port: a list of (family, type, proto, canonname,
    sockaddr), family and type as enum members."""
    return [(_intenum_converter(af, AddressFamily),
             _intenum_converter(kind, SocketKind), proto_, canon, sa)
            for af, kind, proto_, canon, sa
            in _socket.getaddrinfo(host, port, family, type, proto, flags)]


# ---- connecting and serving ----------------------------------------------

_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connects to (host, port), trying each address getaddrinfo gives;
    raises the last error (all of them in an ExceptionGroup with
    all_errors) when none accepts."""
    host, port = address
    errors = []
    for af, kind, proto, _canon, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if not errors:
        raise error("getaddrinfo returns an empty list")
    try:
        if not all_errors:
            raise errors[0]
        raise ExceptionGroup("create_connection failed", errors)
    finally:
        errors = []


def has_dualstack_ipv6():
    """True when an AF_INET6 socket can accept IPv4 connections too."""
    if not has_ipv6 or not hasattr(_socket, 'IPPROTO_IPV6') \
            or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set)."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, '%s (while attempting to bind on address %r)'
                        % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
