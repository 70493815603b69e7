# io.StringIO: reading, writing, positions, newline modes, errors, and the
# ways programs use it to capture output.
import io
import sys
import contextlib
import traceback


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(2)
print(repr(s.read(5)), s.tell())
print(repr(s.read()), repr(s.read()), repr(s.read(3)))
s.seek(7)
s.write("W")
print(repr(s.getvalue()))
s.seek(20)
s.write("x")
print(repr(s.getvalue()), s.tell(), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0, 1))
print(s.truncate(), repr(s.getvalue()))
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.tell())

# initial value, iteration, readlines
s = io.StringIO("a\nbb\nccc")
print(s.tell(), list(s), s.tell())
s.seek(0)
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(2), s.readlines(1), s.readlines(0))
s.seek(0)
print(repr(s.readline(1)), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="x").read()))

# non-ASCII positions are code points
s = io.StringIO("héllo wörld ☃ end")
print(s.read(3), s.tell(), s.read(8), s.tell())
s.seek(12)
print(repr(s.read(1)), s.tell())
s.seek(1)
s.write("€€")
print(s.getvalue(), s.tell(), repr(s.read(2)))
s.seek(0)
s.write("abc")
print(s.getvalue(), s.truncate(6), s.getvalue())
s = io.StringIO()
s.write("añb\n")
s.write("ü")
s.seek(2)
print(repr(s.readline()), repr(s.readline()))

# newline modes
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO("a\nb\rc\r\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write("x\r")
    s.write("\ny\n")
    print(repr(nl), repr(s.getvalue()), repr(s.newlines), s.tell())
s = io.StringIO(newline=None)
s.write("a\rb")
print(repr(s.newlines))
s.write("c\n")
print(repr(s.newlines))
s.write("c\r\n")
print(repr(s.newlines))
s = io.StringIO(newline="")
s.write("a\r\nb\n")
print(repr(s.newlines), s.readlines())

# attributes and simple methods
s = io.StringIO()
for name in ["readable", "writable", "seekable", "isatty", "flush"]:
    t(name, getattr(s, name))
for name in ["closed", "line_buffering", "newlines", "encoding", "errors", "name"]:
    t(name, lambda: getattr(s, name))
t("fileno", s.fileno)
t("detach", s.detach)
print(isinstance(io.UnsupportedOperation("x"), ValueError), isinstance(io.UnsupportedOperation("x"), OSError))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
s.attr = 5
print(s.attr)

# errors
t("seek -1", lambda: s.seek(-1))
t("seek cur", lambda: s.seek(1, 1))
t("seek end", lambda: s.seek(1, 2))
t("seek whence", lambda: s.seek(0, 3))
t("seek float", lambda: s.seek(1.5))
t("seek str", lambda: s.seek("a"))
t("truncate -1", lambda: s.truncate(-1))
t("read float", lambda: s.read(1.5))
t("read str", lambda: s.read("a"))
t("readline str", lambda: s.readline("a"))
t("readlines float", lambda: s.readlines(1.5))
t("write bytes", lambda: s.write(b"x"))
t("write none", lambda: s.write(None))
t("writelines int", lambda: s.writelines(["a", 1]))
t("init bytes", lambda: io.StringIO(b"x"))
t("init int", lambda: io.StringIO(3))
t("newline x", lambda: io.StringIO(newline="x"))
t("newline int", lambda: io.StringIO(newline=1))
t("3 args", lambda: io.StringIO("a", "\n", 3))
t("bad kw", lambda: io.StringIO(foo=1))
s.close()
s.close()
for m in ["read", "readline", "getvalue", "tell", "truncate", "readable", "writable",
          "seekable", "isatty", "flush", "readlines", "fileno", "__next__", "__iter__",
          "__enter__"]:
    t("closed " + m, getattr(s, m))
t("closed write", lambda: s.write("x"))
t("closed seek", lambda: s.seek(0))
t("closed writelines", lambda: s.writelines(["x"]))
for name in ["closed", "line_buffering", "newlines"]:
    t("closed " + name, lambda: getattr(s, name))
t("print to closed", lambda: print("x", file=s))

# capturing output
buf = io.StringIO()
print("one", 2, [3], sep="-", end="!\n", file=buf)
print(file=buf)
print("ü", file=buf, flush=True)
sys.stdout.write(repr(buf.getvalue()) + "\n")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    sys.stdout.write("written\n")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
try:
    1 / 0
except ZeroDivisionError:
    tb = io.StringIO()
    traceback.print_exc(file=tb)
print(tb.getvalue().splitlines()[-1])

# subclasses
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("abc", file=u)
u.writelines(["x", "y\n"])
print(repr(u.getvalue()), type(u).__name__, isinstance(u, io.StringIO))


class Lines(io.StringIO):
    def __init__(self, lines):
        super().__init__("\n".join(lines))
        self.count = 0

    def readline(self, *args):
        self.count += 1
        return super().readline(*args)

ls = Lines(["p", "q", "r"])
print(list(ls), ls.count)
