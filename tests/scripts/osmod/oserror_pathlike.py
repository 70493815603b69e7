# OSError from os/io functions given a pathlib.Path names the path as
# os.fspath() gives it ('x', not PosixPath('x')).
import io, os, pathlib
missing = pathlib.Path("no_such_dir_for_gilpy_test") / "x"
for label, f in [("open", lambda: open(missing)), ("io.open", lambda: io.open(missing, "rb")),
                 ("stat", lambda: os.stat(missing)), ("lstat", lambda: os.lstat(missing)),
                 ("listdir", lambda: os.listdir(missing)), ("os.open", lambda: os.open(missing, os.O_RDONLY)),
                 ("rename", lambda: os.rename(missing, pathlib.Path("y"))),
                 ("remove", lambda: os.remove(missing)), ("readlink", lambda: os.readlink(missing)),
                 ("read_text", lambda: missing.read_text()), ("mkdir", lambda: os.mkdir(missing)),
                 ("chdir", lambda: os.chdir(missing))]:
    try:
        f()
    except OSError as e:
        print(label, type(e).__name__, e, repr(e.filename), repr(e.filename2))
e = FileNotFoundError(2, "No such file", pathlib.Path("p"))
print(e, repr(e.filename))

# isinstance sees through a weakref proxy's __class__
import weakref
class C: pass
class D(C): pass
d = D()
p = weakref.proxy(d)
print(isinstance(p, C), isinstance(p, D), isinstance(p, int), isinstance(p, weakref.ProxyType), type(p).__name__)
print(p.__class__ is D, issubclass(type(p), C))
