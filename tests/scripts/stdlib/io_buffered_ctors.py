# io.FileIO(...), io.BufferedReader/BufferedWriter/BufferedRandom(raw, ...)
# over gilpy's own files and over raw streams written in Python.
import io
import os
import tempfile


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = tempfile.mkdtemp()
path = os.path.join(d, "data.bin")
with io.FileIO(path, "w") as f:
    print(type(f).__name__, f.mode, f.closefd, f.write(b"hello\nworld\n"))
raw = io.FileIO(path)
print(repr(raw).replace(path, "PATH"), raw.mode, raw.readable(), raw.writable())
r = io.BufferedReader(raw)
print(type(r), r.raw is raw, r.name == path, r.mode)
print(r.readline(), r.read(), r.read())
r.close()
print(r.closed, raw.closed)

raw = io.FileIO(path, "r+")
b = io.BufferedRandom(raw, 16)
print(b.read(5), b.seek(0), b.write(b"HELLO"), b.seek(0, 2))
b.close()
with open(path, "rb") as f:
    print(f.read())
with io.BufferedWriter(io.FileIO(path, "a")) as w:
    print(w.write(b"more\n"), w.writable(), w.readable())
fd = os.open(path, os.O_RDONLY)
with io.FileIO(fd, closefd=False) as f:
    print(f.name == fd, f.closefd, f.read(5))
os.close(fd)
t("open().raw", lambda: type(open(path, "rb").raw).__name__)
with io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="utf-8") as tw:
    print(tw.readlines())

t("FileIO()", lambda: io.FileIO())
t("FileIO mode int", lambda: io.FileIO(path, 1))
t("FileIO bad kw", lambda: io.FileIO(path, "r", foo=1))
t("FileIO closefd name", lambda: io.FileIO(path, "r", False))
t("FileIO mode rw", lambda: io.FileIO(path, "rw"))
t("FileIO mode empty", lambda: io.FileIO(path, ""))
t("FileIO mode r++", lambda: io.FileIO(path, "r++"))
t("FileIO mode rt", lambda: io.FileIO(path, "rt"))
t("FileIO negative fd", lambda: io.FileIO(-1))
t("FileIO float", lambda: io.FileIO(1.5))
try:
    io.FileIO(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileIO missing", e.errno, e.strerror)
rd = io.FileIO(path)
wr = io.FileIO(path, "a")
t("reader over writer", lambda: io.BufferedReader(wr))
t("writer over reader", lambda: io.BufferedWriter(rd))
t("size 0", lambda: io.BufferedReader(rd, 0))
t("size str", lambda: io.BufferedReader(rd, "x"))
t("bad kw", lambda: io.BufferedReader(rd, foo=1))
t("no raw", lambda: io.BufferedReader())
t("int raw", lambda: io.BufferedReader(1))
rd.close()
wr.close()
t("closed raw", lambda: io.BufferedReader(rd))


class Raw(io.RawIOBase):
    """A raw stream handing out at most 3 bytes a read."""

    def __init__(self, data):
        self.data = bytearray(data)
        self.pos = 0
        self.out = bytearray()

    def readable(self):
        return True

    def writable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        self.out += b
        return len(b)


r = io.BufferedReader(Raw(b"line one\nline two\nend"), 4)
print(type(r), isinstance(r, io.BufferedReader), isinstance(r, io.BufferedIOBase), repr(r))
print(r.peek(1)[:1], r.read(2), r.readline(), r.read1(2), list(r), r.read())
raw = Raw(b"")
w = io.BufferedWriter(raw, buffer_size=4)
print(w.write(b"ab"), bytes(raw.out), w.write(b"cdef"), bytes(raw.out), w.writable(), w.readable())
w.flush()
print(bytes(raw.out))
w.close()
print(w.closed, raw.closed)
b = io.BufferedReader(io.BytesIO(b"xyz\nabc"))
print(b.readline(), b.tell(), b.read(), b.raw.getvalue())
tw = io.TextIOWrapper(io.BufferedReader(Raw("h\u00e9 there\nx".encode())), encoding="utf-8")
print(tw.readlines())
t("python raw size 0", lambda: io.BufferedReader(Raw(b""), 0))
t("python raw random", lambda: io.BufferedRandom(Raw(b"")))
t("python raw bad kw", lambda: io.BufferedReader(Raw(b""), foo=1))
t("object raw", lambda: io.BufferedWriter(object()))
d2 = io.BufferedReader(Raw(b"q"))
print(type(d2.detach()).__name__)
t("detached read", lambda: d2.read())
t("detached closed", lambda: d2.closed)
t("detached repr", lambda: repr(d2))
t("detached raw", lambda: d2.raw)
os.remove(path)
os.rmdir(d)
