# io.BytesIO: reading, writing, positions and errors.
import io


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO()
print(b.write(b"hello\n"), b.write(bytearray(b"world\n")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.tell())
b.seek(2)
print(b.read(5), b.tell(), b.read(), b.read(), b.read(3))
b.seek(7)
b.write(b"W")
print(b.getvalue())
b.seek(20)
b.write(b"x")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.truncate(50), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read(), b.seek(-10, 1), b.tell())

b = io.BytesIO(b"a\nbb\nccc")
print(b.tell(), list(b), b.tell())
b.seek(0)
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(2), b.readlines(1))
b.seek(0)
print(b.readline(1), b.readline(0), b.readline(-1), b.readline(None), b.read1(1), b.read1())
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(None).getvalue(),
      io.BytesIO(initial_bytes=b"kw").read())
b = io.BytesIO(b"abcdef")
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf))
b = io.BytesIO()
b.writelines([b"a", bytearray(b"b"), b"c"])
print(b.getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)

b = io.BytesIO()
for name in ["readable", "writable", "seekable", "isatty", "flush"]:
    t(name, getattr(b, name))
t("fileno", b.fileno)
t("detach", b.detach)
t("name", lambda: b.name)
t("seek -1", lambda: b.seek(-1))
t("seek whence", lambda: b.seek(0, 3))
t("seek float", lambda: b.seek(1.5))
t("truncate -1", lambda: b.truncate(-1))
t("read float", lambda: b.read(1.5))
t("read str", lambda: b.read("a"))
t("write str", lambda: b.write("x"))
t("write int", lambda: b.write(1))
t("init str", lambda: io.BytesIO("x"))
t("init int", lambda: io.BytesIO(1))
t("readinto bytes", lambda: b.readinto(b"xx"))
t("writelines str", lambda: b.writelines([b"a", "b"]))
b.close()
b.close()
for m in ["read", "readline", "getvalue", "tell", "truncate", "readable", "writable",
          "seekable", "isatty", "flush", "readlines", "fileno", "__next__", "__enter__", "read1"]:
    t("closed " + m, getattr(b, m))
t("closed write", lambda: b.write(b"x"))
t("closed seek", lambda: b.seek(0))
t("closed writelines", lambda: b.writelines([b"x"]))
t("closed readinto", lambda: b.readinto(bytearray(2)))
t("closed", lambda: b.closed)


class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.reads = 0

    def read(self, *args):
        self.reads += 1
        return super().read(*args)

c = Counting(b"xyz")
print(c.read(1), c.read(), c.reads, isinstance(c, io.BytesIO))

for c in (io.StringIO(), io.BytesIO()):
    for m in ["read", "readline", "readlines", "read1"]:
        if hasattr(c, m):
            t(m + " kw", lambda: getattr(c, m)(size=1))
