"""_pytextio: io.TextIOWrapper over a binary object that is not one of
gilpy's C files (BytesIO, socket files, classes with read/write), or with
an encoding the C text files do not know (utf-16, cp1252...).  Calling
_io.TextIOWrapper(...) makes one of these when its C text file cannot
serve; the class derives from _io.TextIOWrapper and calls itself that, so
isinstance(), type names and reprs are as CPython's."""

import codecs
import operator
import _io
import _pystream

_DETACHED = "underlying buffer has been detached"
_CLOSED = "I/O operation on closed file."
_NAMES = ("buffer", "encoding", "errors", "newline", "line_buffering", "write_through")
_CHUNK = 8192


def _str_or_none(name, value):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"TextIOWrapper() argument '{name}' must be str or None, "
                        f"not {type(value).__name__}")


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class TextIOWrapper(_io.TextIOWrapper):
    """Text over a binary stream: decodes what it reads, encodes what it
    writes, handling newlines as the newline argument says."""

    __module__ = "_io"

    def __init__(self, *args, **kwargs):
        # _io.TextIOWrapper's constructor checked the count and the names
        values = list(args) + [None] * (len(_NAMES) - len(args))
        for i, name in enumerate(_NAMES):
            if name in kwargs:
                if i < len(args):
                    raise TypeError(f"argument for TextIOWrapper() given by name ('{name}') "
                                    f"and position ({i + 1})")
                values[i] = kwargs[name]
        buffer, encoding, errors, newline, line_buffering, write_through = values
        _str_or_none("encoding", encoding)
        _str_or_none("errors", errors)
        _str_or_none("newline", newline)
        line_buffering = bool(operator.index(line_buffering or 0))
        write_through = bool(operator.index(write_through or 0))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None:
            encoding = "UTF-8"
        if errors is None:
            errors = "strict"
        info = codecs.lookup(encoding)
        if not getattr(info, "_is_text_encoding", True):
            raise LookupError(f"{encoding!r} is not a text encoding; "
                              "use codecs.open() to handle arbitrary codecs")
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._info = info
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._setup_newline(newline)
        self._readable = buffer.readable()
        self._writable = buffer.writable()
        self._seekable = buffer.seekable()
        self._reset_coders()

    # ---- set-up ----------------------------------------------------------

    def _setup_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline          # None or ""
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"

    def _reset_coders(self):
        self._decoder = None
        self._encoder = None
        self._decoded = ""          # decoded text not yet returned
        self._chunk_start = None    # (buffer position, decoder state) of _chunk
        self._chunk = b""
        self._consumed = 0          # characters of _chunk's text returned
        self._eof = False
        if self._readable:
            dec = self._info.incrementaldecoder(self._errors)
            if self._readuniversal:
                from io import IncrementalNewlineDecoder
                dec = IncrementalNewlineDecoder(dec, self._readtranslate)
            self._decoder = dec
        if self._writable:
            self._encoder = self._info.incrementalencoder(self._errors)

    def _attached(self):
        if self._buffer is None:
            raise ValueError(_DETACHED)

    def _check(self):
        self._attached()
        if self._buffer.closed:
            raise ValueError(_CLOSED)

    # ---- attributes --------------------------------------------------------

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        self._attached()
        return self._buffer.closed

    @property
    def name(self):
        self._attached()
        return self._buffer.name

    @property
    def mode(self):
        try:
            return self.__dict__["_mode"]
        except KeyError:
            raise AttributeError("'_io.TextIOWrapper' object has no attribute 'mode'") from None

    @mode.setter
    def mode(self, value):
        self.__dict__["_mode"] = value

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        dec = self._decoder
        return getattr(dec, "newlines", None) if dec is not None else None

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        for attr in ("name", "mode"):
            try:
                parts.append(f"{attr}={getattr(self, attr)!r}")
            except (AttributeError, ValueError):
                pass
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    def fileno(self):
        self._attached()
        return self._buffer.fileno()

    def isatty(self):
        self._attached()
        return self._buffer.isatty()

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return self._seekable

    # ---- reading -----------------------------------------------------------

    def _read_chunk(self):
        """Decodes one more chunk into _decoded; False at end of file."""
        if self._eof:
            return False
        buf = self._buffer
        if self._seekable:
            try:
                self._chunk_start = (buf.tell(), self._decoder.getstate())
            except Exception:
                self._chunk_start = None
        read1 = getattr(buf, "read1", None)
        data = read1(_CHUNK) if read1 is not None else buf.read(_CHUNK)
        if data is None:
            data = b""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            kind = "read1" if read1 is not None else "read"
            raise TypeError(f"underlying {kind}() should have returned a bytes-like object, "
                            f"not '{type(data).__name__}'")
        data = bytes(data)
        self._eof = not data
        text = self._decoder.decode(data, self._eof)
        self._chunk = data
        self._consumed = 0
        self._decoded = text
        return bool(text) or not self._eof

    def _take(self, n):
        text = self._decoded[:n]
        self._decoded = self._decoded[n:]
        self._consumed += len(text)
        return text

    def _check_read(self):
        self._check()
        if not self._readable:
            raise _io.UnsupportedOperation("not readable")
        if self._encoder is not None:
            self.flush()

    def read(self, size=-1, /):
        self._check_read()
        size = _size_arg(size)
        if size < 0:
            parts = [self._take(len(self._decoded))]
            rest = self._buffer.read()
            text = self._decoder.decode(rest if rest else b"", True)
            self._eof = True
            self._chunk_start = None
            parts.append(text)
            return "".join(parts)
        parts = []
        want = size
        while want > 0:
            if not self._decoded and not self._read_chunk():
                break
            part = self._take(want)
            parts.append(part)
            want -= len(part)
        return "".join(parts)

    def _line_end(self, text):
        """Where the first line of text ends (after its newline), or -1."""
        if self._readtranslate or self._readnl == "\n":
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            for i, c in enumerate(text):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    # with newline="" the decoder holds back a final "\r"
                    return i + 2 if text.startswith("\n", i + 1) else i + 1
            return -1
        i = text.find(self._readnl)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1, /):
        self._check_read()
        size = -1 if size is None else operator.index(size)
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._decoded and not self._read_chunk():
                break
            if not self._decoded:
                continue
            if (self._readnl == "\r\n" and parts and parts[-1].endswith("\r")
                    and self._decoded.startswith("\n")):
                parts.append(self._take(1))    # "\r\n" split between chunks
                break
            end = self._line_end(self._decoded)
            done = end >= 0
            if not done:
                end = len(self._decoded)
            if size >= 0 and got + end > size:
                end = size - got
                done = True
            part = self._take(end)
            parts.append(part)
            got += len(part)
            if done:
                break
        return "".join(parts)

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

    def write(self, s, /):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._writable:
            raise _io.UnsupportedOperation("not writable")
        n = len(s)
        flush = self._line_buffering and ("\n" in s or "\r" in s)
        if self._writetranslate and self._writenl != "\n" and "\n" in s:
            s = s.replace("\n", self._writenl)
        data = self._encoder.encode(s)
        if self._decoded or self._chunk_start is not None:
            # writing after reading: drop what was read ahead
            if self._seekable and self._decoded:
                self._buffer.seek(self.tell())
            self._decoded = ""
            self._chunk_start = None
            if self._decoder is not None:
                self._decoder.reset()
        self._buffer.write(data)
        if flush or self._write_through:
            self._buffer.flush()
        return n

    def writelines(self, lines, /):
        self._check()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        buf = self._buffer
        if buf is not None and not buf.closed:
            try:
                self.flush()
            finally:
                buf.close()

    def _inner(self):
        return self._buffer

    def detach(self):
        self._check()
        self.flush()
        buf = self._buffer
        self._buffer = None
        return buf

    # ---- positioning ---------------------------------------------------------

    def tell(self):
        self._check()
        if not self._seekable:
            raise _io.UnsupportedOperation("underlying stream is not seekable")
        self._buffer.flush()
        if not self._decoded or self._chunk_start is None:
            if self._decoded:
                raise OSError("telling position disabled by next() call")
            return self._buffer.tell()
        # decode the chunk again up to what was returned
        start, state = self._chunk_start
        dec = self._decoder
        saved = dec.getstate()
        try:
            dec.setstate(state)
            chars = 0
            for i in range(len(self._chunk)):
                chars += len(dec.decode(self._chunk[i:i + 1]))
                if chars >= self._consumed:
                    buf, flags = dec.getstate()
                    if chars == self._consumed and not buf and not flags:
                        return start + i + 1
            raise OSError("can't reconstruct logical file position")
        finally:
            dec.setstate(saved)

    def seek(self, cookie, whence=0, /):
        self._check()
        if not self._seekable:
            raise _io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        elif not isinstance(cookie, int):
            raise TypeError(f"an integer is required (got type {type(cookie).__name__})")
        elif cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        pos = self._buffer.seek(cookie, whence)
        self._reset_coders()
        if pos != 0 and self._encoder is not None:
            self._encoder.setstate(0)    # no BOM in the middle of a file
        return pos

    def truncate(self, pos=None, /):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *args, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if args:
            raise TypeError("reconfigure() takes no positional arguments")
        self._check()
        for name, value in (("encoding", encoding), ("errors", errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"reconfigure() argument '{name}' must be str or None, "
                                f"not {type(value).__name__}")
        if newline is not Ellipsis:
            if newline is not None and not isinstance(newline, str):
                raise TypeError("reconfigure() argument 'newline' must be str or None, "
                                f"not {type(newline).__name__}")
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError(f"illegal newline value: {newline}")
        self.flush()
        if encoding is not None:
            self._info = codecs.lookup(encoding)
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._setup_newline(newline)
        if encoding is not None or errors is not None or newline is not Ellipsis:
            decoded = self._decoded
            self._reset_coders()
            self._decoded = decoded
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


for _name, _method in _pystream.METHODS.items():
    setattr(TextIOWrapper, _name, _method)
