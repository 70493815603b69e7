"""_textio: a text file over any binary file object (what io.TextIOWrapper
does in CPython; gilpy's io.TextIOWrapper only serves its own files), used
by gzip.open() and zipfile in text mode. Decodes incrementally; newline=None
reads universal newlines and writes '\\n'."""

import codecs

_CLOSED = "I/O operation on closed file."


class TextWrapper:
    """Text I/O over a binary file (read, readline, iteration, write)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        self._decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
        "".encode(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._text = ""
        self._eof = False
        self._pendingcr = False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return getattr(self.buffer, "name", None)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def fileno(self):
        return self.buffer.fileno()

    def _check(self):
        if self.buffer.closed:
            raise ValueError(_CLOSED)

    def _more(self):
        if self._eof:
            return False
        data = self.buffer.read(8192)
        final = not data
        text = self._decoder.decode(data, final)
        if self._newline is None:
            if self._pendingcr:
                text = "\r" + text
                self._pendingcr = False
            if not final and text.endswith("\r"):
                text = text[:-1]
                self._pendingcr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text
        self._eof = final
        return True

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._more():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self):
        nl = self._newline
        t = self._text
        if nl is None or nl == "\n":
            i = t.find("\n")
            return -1 if i < 0 else i + 1
        if nl == "":
            for i, c in enumerate(t):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(t):
                        return i + 2 if t[i + 1] == "\n" else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = t.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check()
        while True:
            end = self._line_end()
            if end >= 0 or not self._more():
                break
        if end < 0:
            end = len(self._text)
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        self._check()
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        out = text
        if self._newline not in (None, "", "\n"):
            out = out.replace("\n", self._newline)
        self.buffer.write(out.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)
