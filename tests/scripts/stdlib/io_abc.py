# io's abstract stream classes, its names for the file types, and the
# isinstance checks programs make on streams.
import io
import sys
import os


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, io.BlockingIOError is BlockingIOError)
print(io.text_encoding(None), io.text_encoding("utf-8"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__name__)
try:
    raise io.UnsupportedOperation("nope")
except ValueError as e:
    print("caught as ValueError:", e)

print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stdout, io.IOBase), isinstance(sys.stdout, io.RawIOBase))
print(type(sys.stdout) is io.TextIOWrapper, io.TextIOWrapper.__name__, io.FileIO.__name__)
s = io.StringIO()
b = io.BytesIO()
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
print(issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.RawIOBase))

path = "/tmp/gilpy_io_abc_%d.bin" % os.getpid()
try:
    with open(path, "wb") as f:
        print(type(f).__name__, isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase))
        f.write(b"line1\nline2\n")
    with open(path, "rb") as f:
        print(type(f).__name__, isinstance(f, io.BufferedReader), isinstance(f, io.IOBase))
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    with open(path) as f:
        print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
        print(isinstance(f.buffer, io.BufferedReader))
    with io.open(path, "r") as f:
        print(f.read().split())
    try:
        with open(path) as f:
            f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
finally:
    os.remove(path)


# default methods of the abstract classes
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buf):
        chunk = self.data[self.pos:self.pos + min(len(buf), 3)]
        buf[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = Raw(b"abc\ndefgh\nij")
print(r.read(2), r.readline(), r.read(), r.read(), r.closed)
r = Raw(b"abc\ndefgh\nij")
print(list(r))
r = Raw(b"x\ny\n")
print(r.readlines(), r.tell() if False else "", r.seekable(), r.writable(), r.isatty())
t("seek", lambda: r.seek(0))
t("tell", r.tell)
t("truncate", r.truncate)
t("fileno", r.fileno)
t("write", lambda: r.write(b"x"))
with r as inner:
    print(inner is r, r.closed)
print(r.closed)
t("closed enter", lambda: r.__enter__())
t("closed iter", lambda: iter(r))
t("closed flush", r.flush)
t("closed isatty", r.isatty)


class Text(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


tx = Text()
print("via print", 1, file=tx)
tx.writelines(["a", "b"])
print(tx.parts, tx.encoding, tx.newlines, tx.errors, tx.readable())
t("read", tx.read)
t("readline", tx.readline)
t("detach", tx.detach)


class Buffered(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out


bf = Buffered(b"hello")
ba = bytearray(3)
print(bf.readinto(ba), ba, bf.readinto(ba), ba)
t("read1", bf.read1)
t("write", lambda: bf.write(b"x"))
t("detach", bf.detach)


class Closing(io.IOBase):
    def close(self):
        print("closing")
        super().close()


with Closing() as c:
    print("inside", c.closed)
print("after", c.closed)
c.close()
print(sorted(n for n in io.__all__ if hasattr(io, n)) == sorted(io.__all__))
