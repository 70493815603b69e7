# selectors: register/modify/unregister/get_key/get_map/close and their
# errors, for each of the three selector classes.
import os
import selectors
from selectors import EVENT_READ, EVENT_WRITE


def attempt(label, f, *args):
    try:
        res = f(*args)
    except Exception as e:
        suppressed = e.__suppress_context__
        print(f"  {label}: {type(e).__name__}: {e} (context suppressed: {suppressed})")
    else:
        print(f"  {label}: {res!r}")


def fixed_pipe():
    """A pipe on descriptors 40 and 41, so the keys printed do not depend on
    which descriptors the interpreter itself holds."""
    r, w = os.pipe()
    os.dup2(r, 40)
    os.dup2(w, 41)
    os.close(r)
    os.close(w)
    return 40, 41


class Pipe:
    """A file object: an fd behind fileno(), which fails once closed."""

    def __init__(self, fd, name):
        self.fd, self.name = fd, name

    def fileno(self):
        if self.fd is None:
            raise ValueError("I/O operation on closed pipe")
        return self.fd

    def close(self):
        os.close(self.fd)
        self.fd = None

    def __repr__(self):
        return f"<Pipe {self.name}>"


print(EVENT_READ, EVENT_WRITE, selectors.DefaultSelector.__name__)
key = selectors.SelectorKey("f", 3, EVENT_READ, None)
print(key, key.fd, key._replace(data=1), isinstance(key, tuple))
try:
    selectors.BaseSelector()
except TypeError as e:
    print(e)

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector,
            selectors.DefaultSelector):
    print(cls.__name__, issubclass(cls, selectors.BaseSelector))
    r, w = fixed_pipe()
    reader, writer = Pipe(r, "reader"), Pipe(w, "writer")
    sel = cls()
    attempt("events 0", sel.register, reader, 0)
    attempt("events 4", sel.register, reader, 4)
    attempt("events 7", sel.register, reader, 7)
    attempt("bad file object", sel.register, "name", EVENT_READ)
    attempt("negative fd", sel.register, -1, EVENT_READ)
    attempt("register reader", sel.register, reader, EVENT_READ, "r-data")
    attempt("again", sel.register, reader, EVENT_WRITE)
    attempt("same fd as an int", sel.register, r, EVENT_READ)
    attempt("register writer", sel.register, w, EVENT_WRITE)
    attempt("get_key reader", sel.get_key, reader)
    attempt("get_key by fd", sel.get_key, r)
    attempt("get_key unknown", sel.get_key, 99)
    attempt("select", lambda: [(k.fileobj, ev) for k, ev in sel.select(0)])
    os.write(w, b"ping")
    attempt("select with data", lambda: sorted((k.fd == r, ev) for k, ev in sel.select(0)))
    attempt("modify data only", sel.modify, reader, EVENT_READ, "new-data")
    attempt("modify events", sel.modify, reader, EVENT_READ | EVENT_WRITE, "both")
    attempt("select both", lambda: sorted((k.fd == r, ev) for k, ev in sel.select(0)))
    attempt("modify unknown", sel.modify, 99, EVENT_READ)
    attempt("modify same", lambda: sel.modify(reader, EVENT_READ | EVENT_WRITE, "both") is sel.get_key(reader))
    m = sel.get_map()
    attempt("map len/iter", lambda: (len(m), sorted(m) == sorted([r, w])))
    attempt("map contains", lambda: (reader in m, r in m, 99 in m))
    attempt("map get", lambda: (m.get(99), m.get(99, "dflt"), m.get(r).data))
    attempt("map getitem", lambda: m[reader].events)
    attempt("map missing", lambda: m[99])
    attempt("unregister unknown", sel.unregister, 99)
    attempt("unregister writer by fd", sel.unregister, w)
    attempt("unregister again", sel.unregister, w)
    # a file object that was closed is still found by identity
    os.read(r, 100)
    reader.close()
    attempt("unregister closed reader", lambda: sel.unregister(reader).data)
    attempt("now empty", lambda: (len(m), sel.select(0)))
    sel.close()
    attempt("get_map after close", sel.get_map)
    attempt("get_key after close", sel.get_key, w)
    os.close(w)

with selectors.DefaultSelector() as sel:
    print("fileno:", isinstance(sel.fileno(), int))
print("closed epoll:", sel._selector.closed)
