"""io: streams.  open() and the file types behind it, the in-memory streams
StringIO and BytesIO (all from the C module _io), and the abstract stream
classes IOBase, RawIOBase, BufferedIOBase and TextIOBase, whose default
methods let a class define only a few methods and get the rest."""

import abc
import builtins
import _io
from _io import (DEFAULT_BUFFER_SIZE, BufferedRandom, BufferedReader, BufferedWriter,
                 BytesIO, FileIO, StringIO, TextIOWrapper, UnsupportedOperation)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "IncrementalNewlineDecoder"]

open = builtins.open
BlockingIOError = builtins.BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens path for reading as code: a binary file."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream uses when given `encoding`: the locale's
    ("locale") when it is None."""
    if encoding is None:
        return "locale"
    return encoding


_CLOSED = "I/O operation on closed file."


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream: closing, context management, iteration
    over lines, and methods that say the stream cannot do something."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0, /):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None, /):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1, /):
        size = _size_arg(size)
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1
                    n = end if end > 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(line))
            chunk = self.read(n)
            if chunk is None:
                break
            if not isinstance(chunk, bytes):
                raise OSError(f"read() should have returned a bytes object, not '{type(chunk).__name__}'")
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None, /):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines, /):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() and readall() come from readinto()."""

    def read(self, size=-1, /):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        data = bytearray()
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                if chunk is None and not data:
                    return None
                break
            data += chunk
        return bytes(data)

    def readinto(self, buffer, /):
        raise NotImplementedError

    def write(self, b, /):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams: readinto() comes from read()."""

    def read(self, size=-1, /):
        self._unsupported("read")

    def read1(self, size=-1, /):
        self._unsupported("read1")

    def write(self, b, /):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def _fill(self, buffer, data):
        n = len(data)
        buffer[:n] = data
        return n

    def readinto(self, buffer, /):
        return self._fill(buffer, self.read(len(buffer)))

    def readinto1(self, buffer, /):
        return self._fill(buffer, self.read1(len(buffer)))


class TextIOBase(IOBase):
    """Text streams: str in, str out."""

    def read(self, size=-1, /):
        self._unsupported("read")

    def readline(self, size=-1, /):
        self._unsupported("readline")

    def write(self, s, /):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class IncrementalNewlineDecoder:
    """Decodes (through `decoder`, or str as it is when None) and notes the
    newlines seen; with translate, "\r\n" and "\r" come out as "\n".  A
    final "\r" waits for the next input, which may start with "\n"."""

    _NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                 ("\r", "\r\n"), ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (text or final):
            text = "\r" + text
            self._pendingcr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pendingcr = True
        crlf = text.count("\r\n")
        cr = text.count("\r") - crlf
        lf = text.count("\n") - crlf
        self._seen |= (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)
        if self.translate:
            if crlf:
                text = text.replace("\r\n", "\n")
            if cr:
                text = text.replace("\r", "\n")
        return text

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | (1 if self._pendingcr else 0)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._NEWLINES[self._seen]


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)

# socket.makefile()'s file classes (socket.SocketIO and the buffered and
# text stand-ins of _sockio, modules that import this one) count as the
# classes they stand for.
_SOCKET_CLASSES = {
    IOBase: (("_sockio", "_BufferedFile"), ("_sockio", "BytesFile"), ("_sockio", "_TextFile"),
             ("socket", "SocketIO")),
    RawIOBase: (("socket", "SocketIO"),),
    BufferedIOBase: (("_sockio", "_BufferedFile"), ("_sockio", "BytesFile")),
    TextIOBase: (("_sockio", "_TextFile"),),
}


def _sockio_hook(cls, C):
    names = _SOCKET_CLASSES.get(cls)
    if names:
        for k in getattr(C, "__mro__", ()):
            if (k.__module__, k.__name__) in names:
                return True
    return NotImplemented


IOBase.__subclasshook__ = classmethod(_sockio_hook)
del _cls
