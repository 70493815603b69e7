"""_pybuffered: io.BufferedReader, BufferedWriter and BufferedRandom over a
raw stream that is not one of gilpy's C files (BytesIO, a RawIOBase
subclass, socket.SocketIO).  Calling _io.BufferedReader(raw) makes one of
these when raw is such a stream; each class derives from the C type it
stands for and calls itself by its name, so isinstance() and reprs are as
CPython's."""

import operator
import _io
import _pystream

_DETACHED = "raw stream has been detached"


def _size_arg(size):
    if size is None:
        return -1
    return operator.index(size)


def _init(self, args, kwargs, name):
    names = ("raw", "buffer_size")
    values = list(args) + [None] * (2 - len(args))
    if len(args) > 2:
        raise TypeError(f"{name}() takes at most 2 arguments ({len(args)} given)")
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {name}() given by name ('{key}') and position ({i + 1})")
        values[i] = value
    raw, size = values
    size = 8192 if size is None else operator.index(size)
    if self._reads and not raw.readable():
        raise _io.UnsupportedOperation("File or stream is not readable.")
    if self._writes and not raw.writable():
        raise _io.UnsupportedOperation("File or stream is not writable.")
    if self._reads and self._writes and not raw.seekable():
        raise _io.UnsupportedOperation("File or stream is not seekable.")
    if size <= 0:
        raise ValueError("buffer size must be strictly positive")
    self._raw = raw
    self._size = size
    self._rbuf = b""
    self._wbuf = bytearray()


class _Common:
    """What the three classes share (copied into each)."""

    def _attached(self):
        if self._raw is None:
            raise ValueError(_DETACHED)
        return self._raw

    def _check(self, what="I/O operation on closed file."):
        if self._attached().closed:
            raise ValueError(what)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def mode(self):
        return self._attached().mode

    def readable(self):
        self._check()
        return self._reads

    def writable(self):
        self._check()
        return self._writes

    def seekable(self):
        return self._attached().seekable()

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def __repr__(self):
        cls = "_io." + type(self).__name__
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<{cls}>"
        return f"<{cls} name={name!r}>"

    def flush(self):
        raw = self._attached()
        if self._wbuf:
            if raw.closed:
                raise ValueError("flush of closed file")
            data = bytes(self._wbuf)
            while data:
                n = raw.write(data)
                if n is None:
                    raise BlockingIOError(11, "write could not complete without blocking", 0)
                data = data[n:]
            del self._wbuf[:]
        elif raw.closed:
            raise ValueError("flush of closed file")

    def close(self):
        raw = self._attached()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._attached()
        self.flush()
        self._raw = None
        return raw

    def _inner(self):
        return self._raw

    # ---- reading -----------------------------------------------------------

    def _can_read(self):
        self._check("read of closed file")
        if not self._reads:
            raise _io.UnsupportedOperation("read")
        if self._wbuf:
            self.flush()

    def _fill(self):
        """Reads once from the raw stream into the buffer; False at EOF."""
        chunk = self._raw.read(self._size)
        if not chunk:
            return False
        self._rbuf += bytes(chunk)
        return True

    def read(self, size=-1, /):
        self._can_read()
        size = _size_arg(size)
        if size < 0:
            parts = [self._rbuf]
            self._rbuf = b""
            while True:
                chunk = self._raw.read(self._size)
                if not chunk:
                    break
                parts.append(bytes(chunk))
            return b"".join(parts)
        while len(self._rbuf) < size and self._fill():
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1, /):
        self._can_read()
        size = _size_arg(size)
        if not self._rbuf:
            self._fill()
        if size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0, /):
        self._can_read()
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, buffer, /):
        data = self.read(len(memoryview(buffer)))
        memoryview(buffer).cast("B")[:len(data)] = data
        return len(data)

    def readline(self, size=-1, /):
        self._can_read()
        size = _size_arg(size)
        while True:
            end = self._rbuf.find(b"\n") + 1
            if end or (0 <= size <= len(self._rbuf)) or not self._fill():
                break
        if not end:
            end = len(self._rbuf)
        if 0 <= size < end:
            end = size
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def readlines(self, hint=-1, /):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    # ---- writing -----------------------------------------------------------

    def write(self, b, /):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        self._check("write to closed file")
        if not self._writes:
            raise _io.UnsupportedOperation("write")
        if self._rbuf:
            # writing after reading: go back to where the reader stands
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        if len(self._wbuf) + len(data) > self._size:
            self.flush()
        self._wbuf += data
        if len(self._wbuf) > self._size:
            self.flush()
        return len(data)

    def writelines(self, lines, /):
        for line in lines:
            self.write(line)

    # ---- positioning ---------------------------------------------------------

    def tell(self):
        pos = self._attached().tell()
        return pos - len(self._rbuf) + len(self._wbuf)

    def seek(self, pos, whence=0, /):
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._check("seek of closed file")
        self.flush()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None, /):
        self._check("truncate of closed file")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self._raw.truncate(pos)


def _make(base, reads, writes):
    name = base.__name__

    def __init__(self, *args, **kwargs):
        _init(self, args, kwargs, name)

    ns = {k: v for k, v in _Common.__dict__.items()
          if k not in ("__dict__", "__weakref__", "__doc__", "__module__", "__qualname__")}
    ns.update(_pystream.METHODS)
    ns.update(__init__=__init__, _reads=reads, _writes=writes, __module__="_io",
              __qualname__=name, __doc__=f"{name} over a raw stream written in Python.")
    return type(name, (base,), ns)


BufferedReader = _make(_io.BufferedReader, True, False)
BufferedWriter = _make(_io.BufferedWriter, False, True)
BufferedRandom = _make(_io.BufferedRandom, True, True)
