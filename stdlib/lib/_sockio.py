"""_sockio: file objects for sockets, standing in for the io module's
classes that gilpy does not have: the buffered binary files and the text
file that socket.makefile() returns (named and behaving as BufferedReader,
BufferedWriter, BufferedRWPair and TextIOWrapper, messages included), and
BytesFile, an in-memory binary file (io.BytesIO) for socketserver.
"""

CLOSED_FILE = "I/O operation on closed file."
CLOSED_SOCKET = "I/O operation on closed socket."

try:
    from io import UnsupportedOperation
except ImportError:
    class UnsupportedOperation(OSError, ValueError):
        pass
    UnsupportedOperation.__module__ = "io"


class _BufferedFile:
    """A buffered binary file over a SocketIO: BufferedReader,
    BufferedWriter or BufferedRWPair, after the modes."""

    _BUFSIZE = 8192

    def __init__(self, raw, reading, writing):
        self.raw = raw
        self._reading = reading
        self._writing = writing
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def name(self):
        self._no_pair_attr("name")
        return self.raw.name

    @property
    def mode(self):
        self._no_pair_attr("mode")
        return self.raw.mode

    def _no_pair_attr(self, name):
        if type(self).__name__ == "BufferedRWPair":
            raise AttributeError("'_io.BufferedRWPair' object has no attribute %r" % name)

    def _check_read(self, what="read"):
        if not self._reading:
            raise UnsupportedOperation(what)
        if self._closed:
            raise ValueError("%s of closed file" % what)

    def fileno(self):
        if type(self).__name__ == "BufferedRWPair":
            raise UnsupportedOperation("fileno")
        if self._closed:
            raise ValueError(CLOSED_FILE)
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable() if self._reading else False

    def writable(self):
        return self.raw.writable() if self._writing else False

    def seekable(self):
        return False

    def isatty(self):
        return False

    # -- reading: the bytes not read yet are self._rbuf[self._rpos:] --
    def _fill(self):
        """Reads more into the buffer; False at the end of the stream."""
        data = self.raw.read(self._BUFSIZE)
        if not data:
            return False
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return True

    def _take(self, end):
        """The buffered bytes up to index end of _rbuf, now read."""
        data = self._rbuf[self._rpos:end]
        self._rpos = end
        return data

    def read(self, size=-1):
        self._check_read()
        avail = len(self._rbuf) - self._rpos
        if size is not None and 0 <= size <= avail:
            return self._take(self._rpos + size)
        # whole chunks joined once: no copying per chunk
        chunks = [self._take(len(self._rbuf))]
        have = avail
        while size is None or size < 0 or have < size:
            want = 65536 if size is None or size < 0 else max(self._BUFSIZE, size - have)
            data = self.raw.read(want)
            if not data:
                break
            chunks.append(data)
            have += len(data)
        data = b"".join(chunks)
        if size is None or size < 0 or size >= len(data):
            return data
        self._rbuf, self._rpos = data, size     # the rest stays buffered
        return data[:size]

    def read1(self, size=-1):
        self._check_read("read1" if not self._reading else "read")
        if self._rpos == len(self._rbuf):
            self._fill()
        avail = len(self._rbuf) - self._rpos
        if size is None or size < 0 or size > avail:
            size = avail
        return self._take(self._rpos + size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        if not self._reading:
            raise UnsupportedOperation("read")
        if self._closed:
            raise ValueError("peek of closed file" if self._writing else "readline of closed file")
        if size is None:
            size = -1
        scanned = 0         # bytes after _rpos already searched for a newline
        while True:
            end = self._rbuf.find(b"\n", self._rpos + scanned)
            if end >= 0:
                n = end + 1 - self._rpos
                break
            avail = len(self._rbuf) - self._rpos
            if 0 <= size <= avail:
                n = size
                break
            scanned = avail
            if not self._fill():
                n = len(self._rbuf) - self._rpos
                break
        if 0 <= size < n:
            n = size
        return self._take(self._rpos + n)

    def readlines(self, hint=-1):
        if self._closed:
            raise ValueError(CLOSED_FILE)
        return _readlines(self, hint)

    def __iter__(self):
        if self._closed:
            raise ValueError(CLOSED_FILE)
        return self

    def __next__(self):
        # a whole line already buffered: the common case, kept short
        end = self._rbuf.find(b"\n", self._rpos)
        if end >= 0 and not self._closed:
            line = self._rbuf[self._rpos:end + 1]
            self._rpos = end + 1
            return line
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --
    def write(self, data):
        if not self._writing:
            raise UnsupportedOperation("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._closed:
            raise ValueError("write to closed file")
        self._wbuf += data
        if len(self._wbuf) >= self._BUFSIZE:
            self._flush_buffer()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _flush_buffer(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw._sock.sendall(data)

    def flush(self):
        if self._closed:
            raise ValueError("flush of closed file" if self._writing else CLOSED_FILE)
        if self._writing:
            self._flush_buffer()

    def close(self):
        if self._closed:
            return
        try:
            if self._writing:
                self._flush_buffer()
        finally:
            self._closed = True
            self.raw.close()

    def __enter__(self):
        if self._closed:
            raise ValueError(CLOSED_FILE)
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if type(self).__name__ == "BufferedRWPair":
            return object.__repr__(self)
        return "<_io.%s name=%r>" % (type(self).__name__, self.raw.name)


class _TextFile:
    """A text file (TextIOWrapper) over a _BufferedFile."""

    def __init__(self, buffer, mode, encoding, errors, newline):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        "".encode(encoding)      # LookupError for an unknown encoding
        self.buffer = buffer
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        # decoded text not read yet: self._text[self._tpos:]
        self._text = ""
        self._tpos = 0
        self._pending = b""      # bytes read that do not make a whole character yet
        self._pendingcr = False  # newline=None: a final '\r' waits to see if '\n' follows

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def _check(self, reading):
        if self.buffer.closed:
            raise ValueError(CLOSED_FILE)
        if reading and not self.buffer._reading:
            raise UnsupportedOperation("not readable")
        if not reading and not self.buffer._writing:
            raise UnsupportedOperation("not writable")

    def _decode(self, data, final):
        data = self._pending + data
        try:
            text = data.decode(self.encoding, self.errors)
            self._pending = b""
        except UnicodeDecodeError as e:
            # an incomplete character at the end waits for more bytes
            if final or e.end != len(data) or e.start < len(data) - 3:
                raise
            self._pending = data[e.start:]
            text = data[:e.start].decode(self.encoding, self.errors)
        if self._newline is None:
            if self._pendingcr:
                text = "\r" + text
                self._pendingcr = False
            if not final and text.endswith("\r"):
                text = text[:-1]
                self._pendingcr = True
            if "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _more(self):
        """Decodes the next chunk into the text buffer; False at the end."""
        data = self.buffer.read1(8192)
        text = self._decode(data, not data)
        self._text = self._text[self._tpos:] + text
        self._tpos = 0
        return bool(data)

    def _line_end(self, at_eof):
        """Where the first line of the text buffer ends (past its
        terminator), or -1 when more text is needed to tell."""
        t, p, nl = self._text, self._tpos, self._newline
        if nl is None or nl == "\n":
            i = t.find("\n", p)
            return -1 if i < 0 else i + 1
        if nl == "\r" or nl == "\r\n":
            i = t.find(nl, p)
            return -1 if i < 0 else i + len(nl)
        # newline="": any of "\r\n", "\r", "\n" ends a line, untranslated
        i = t.find("\n", p)
        j = t.find("\r", p, i if i >= 0 else len(t))
        if j < 0:
            return -1 if i < 0 else i + 1
        if j + 1 < len(t):
            return j + 2 if t[j + 1] == "\n" else j + 1
        return j + 1 if at_eof else -1

    def _take(self, end):
        text = self._text[self._tpos:end]
        self._tpos = end
        return text

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._more():
                pass
            return self._take(len(self._text))
        while len(self._text) - self._tpos < size and self._more():
            pass
        return self._take(min(len(self._text), self._tpos + size))

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        at_eof = False
        while True:
            end = self._line_end(at_eof)
            if end >= 0 or at_eof:
                break
            if 0 <= size <= len(self._text) - self._tpos:
                break
            at_eof = not self._more()
        if end < 0:
            end = len(self._text)
        if 0 <= size < end - self._tpos:
            end = self._tpos + size
        return self._take(end)

    def readlines(self, hint=-1):
        self._check(True)
        return _readlines(self, hint)

    def __iter__(self):
        self._check(True)
        return self

    def __next__(self):
        if self._newline is None or self._newline == "\n":
            # a whole line already decoded: the common case, kept short
            end = self._text.find("\n", self._tpos)
            if end >= 0 and not self.buffer._closed:
                line = self._text[self._tpos:end + 1]
                self._tpos = end + 1
                return line
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._check(False)
        data = text
        if self._newline not in (None, "", "\n"):
            data = data.replace("\n", self._newline)
        self.buffer.write(data.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.buffer.closed:
            raise ValueError(CLOSED_FILE)
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        if self.buffer.closed:
            raise ValueError(CLOSED_FILE)
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.buffer.raw.name, self.mode, self.encoding)


def _io_class(name, base):
    """A subclass of base named as the _io class it stands for."""
    return type(base)(name, (base,), {"__module__": "_io", "__qualname__": name})


class _PeekableFile(_BufferedFile):
    """Buffered files that read also have peek (BufferedWriter has not)."""

    def peek(self, size=0):
        """The buffered bytes (reading once if there are none), left unread."""
        self._check_read("peek")
        if self._rpos == len(self._rbuf):
            self._fill()
        return self._rbuf[self._rpos:]


BUFFERED_CLASSES = {
    "BufferedReader": _io_class("BufferedReader", _PeekableFile),
    "BufferedWriter": _io_class("BufferedWriter", _BufferedFile),
    "BufferedRWPair": _io_class("BufferedRWPair", _PeekableFile),
}
TextIOWrapper = _io_class("TextIOWrapper", _TextFile)


def _readlines(f, hint):
    lines = []
    total = 0
    for line in f:
        lines.append(line)
        total += len(line)
        if hint is not None and 0 < hint <= total:
            break
    return lines


class BytesFile:
    """An in-memory binary file (what io.BytesIO gives CPython's handlers)."""

    def __init__(self, data=b""):
        self._data = bytearray(data)
        self._pos = 0
        self.closed = False

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else self._pos + size
        chunk = bytes(self._data[self._pos:end])
        self._pos += len(chunk)
        return chunk

    def readline(self, size=-1):
        end = self._data.find(b"\n", self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        return self.read(end - self._pos)

    def readlines(self, hint=-1):
        return _readlines(self, hint)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._data[self._pos:self._pos + len(b)] = b
        self._pos += len(b)
        return len(b)

    def getvalue(self):
        return bytes(self._data)

    def flush(self):
        pass

    def close(self):
        self.closed = True
