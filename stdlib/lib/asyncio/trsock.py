"""asyncio.trsock: TransportSocket, the view of a transport's socket that
get_extra_info('socket') and Server.sockets give (no I/O through it)."""


class TransportSocket:
    """Wraps a socket, offering only the calls that cannot disturb the
    transport using it."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        text = (f'<asyncio.TransportSocket fd={self.fileno()}, '
                f'family={self.family!s}, type={self.type!s}, '
                f'proto={self.proto}')
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    text = f'{text}, laddr={laddr}'
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text = f'{text}, raddr={raddr}'
            except OSError:
                pass
        return f'{text}>'

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError(
            'settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError(
            'setblocking(): transport sockets cannot be blocking')
