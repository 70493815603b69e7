# io.TextIOWrapper's argument checks and the errors of a misused wrapper.
import io
import sys


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if not isinstance(r, io.TextIOWrapper) else type(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def bio():
    return io.BytesIO(b"abc")


def cfile():
    return open(__file__, "rb")


for make in (bio, cfile):
    n = make.__name__
    t(n + " no args", lambda: io.TextIOWrapper())
    t(n + " encoding int", lambda: io.TextIOWrapper(make(), encoding=1))
    t(n + " encoding unknown", lambda: io.TextIOWrapper(make(), encoding="no-such-codec"))
    t(n + " errors int", lambda: io.TextIOWrapper(make(), errors=1))
    t(n + " newline int", lambda: io.TextIOWrapper(make(), newline=1))
    t(n + " newline bad", lambda: io.TextIOWrapper(make(), newline="x"))
    t(n + " line_buffering str", lambda: io.TextIOWrapper(make(), line_buffering="x"))
    t(n + " write_through str", lambda: io.TextIOWrapper(make(), write_through="x"))
    t(n + " too many", lambda: io.TextIOWrapper(make(), "utf-8", "strict", None, 1, 1, 1))
    t(n + " bad keyword", lambda: io.TextIOWrapper(make(), foo=1))
    t(n + " positional", lambda: io.TextIOWrapper(make(), "utf-8", "strict", "", True, False))
    t(n + " bad errors on read", lambda: io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="ascii",
                                                          errors="bogus").read())

t("object buffer", lambda: io.TextIOWrapper(object()))
t("int buffer", lambda: io.TextIOWrapper(5))
closed = io.BytesIO()
closed.close()
t("closed bytesio", lambda: io.TextIOWrapper(closed))
f = open(__file__, "rb")
f.close()
t("closed file", lambda: io.TextIOWrapper(f))

w = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
t("read str size", lambda: w.read("x"))
t("readline str size", lambda: w.readline("x"))
t("write bytes", lambda: w.write(b"x"))
t("write int", lambda: w.write(1))
t("nonzero cur seek", lambda: w.seek(1, 1))
t("nonzero end seek", lambda: w.seek(1, 2))
t("bad whence", lambda: w.seek(0, 5))
t("negative seek", lambda: w.seek(-1))
t("reconfigure positional", lambda: w.reconfigure("utf-8"))
t("reconfigure newline", lambda: w.reconfigure(newline="x"))
t("reconfigure encoding", lambda: w.reconfigure(encoding=5))

with open(__file__, "rb") as f:
    w = io.TextIOWrapper(f, encoding="utf-8")
    t("write to reader", lambda: w.write("x"))
    t("read str size", lambda: w.read("x"))
    t("readline str size", lambda: w.readline("x"))
    t("write bytes", lambda: w.write(b"x"))
    t("detach", lambda: w.detach() is f)
    t("detached read", lambda: w.read())
    t("detached closed", lambda: w.closed)
    t("detached buffer", lambda: w.buffer)
    t("detached detach", lambda: w.detach())
    t("detached repr", lambda: repr(w))


class Reader:
    """Just enough of a binary file for TextIOWrapper."""

    def __init__(self, data):
        self.data = data
        self.closed = False

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def read(self, n=-1):
        if n < 0:
            n = len(self.data)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

    def flush(self):
        pass

    def close(self):
        self.closed = True


r = io.TextIOWrapper(Reader(b"x\r\ny\n"), encoding="utf-8")
print(r.readlines(), r.newlines)
t("tell unseekable", lambda: r.tell())
t("seek unseekable", lambda: r.seek(0))
r.close()
print(r.closed)
t("read after close", lambda: r.read())


class BadReader(Reader):
    def read(self, n=-1):
        return "text"


t("read returns str", lambda: io.TextIOWrapper(BadReader(b""), encoding="utf-8").read(1))
print(type(sys.stdout))
