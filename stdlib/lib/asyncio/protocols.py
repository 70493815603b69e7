"""asyncio.protocols: the callback interfaces a transport drives."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection events common to every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; transport is its transport."""

    def connection_lost(self, exc):
        """The connection is gone (exc is None on a normal close)."""

    def pause_writing(self):
        """The transport's write buffer went above its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data arrives as bytes objects."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send no more; a true result keeps the transport
        open for writing."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that provides the buffer the data is read into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next read."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer."""

    def eof_received(self):
        """The peer will send no more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed with OSError exc."""


class SubprocessProtocol(BaseProtocol):
    """Events of a child process and its pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout or stderr (fd 1 or 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""


def _feed_data_to_buffered_proto(proto, data):
    remaining = len(data)
    while remaining:
        buf = proto.get_buffer(remaining)
        size = len(buf)
        if not size:
            raise RuntimeError('get_buffer() returned an empty buffer')
        if size >= remaining:
            buf[:remaining] = data
            proto.buffer_updated(remaining)
            return
        buf[:size] = data[:size]
        proto.buffer_updated(size)
        data = data[size:]
        remaining = len(data)
