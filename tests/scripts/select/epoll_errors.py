# select.epoll: CPython's argument errors.
import os
import select


def attempt(label, f, *args, **kw):
    try:
        res = f(*args, **kw)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(res).__name__}")
        if isinstance(res, select.epoll):
            res.close()


E = select.epoll
attempt("3 args", E, 1, 2, 3)
attempt("sizehint 0", E, sizehint=0)
attempt("sizehint -2", E, -2)
attempt("sizehint -1", E, -1)
attempt("sizehint str", E, "x")
attempt("sizehint float", E, 1.5)
attempt("sizehint None", E, None)
attempt("sizehint huge", E, 2 ** 40)
attempt("flags 1", E, flags=1)
attempt("sizehint 0, flags 1", E, 0, 1)
attempt("flags str", E, flags="x")
attempt("unknown keyword", E, foo=1)
attempt("fromfd()", E.fromfd)
attempt("fromfd str", E.fromfd, "x")
attempt("fromfd keyword", E.fromfd, fd=3)
attempt("fromfd 2 args", E.fromfd, 1, 2)

r, w = os.pipe()
ep = E()
attempt("register()", ep.register)
attempt("register 3 args", ep.register, r, 1, 3)
attempt("register mask str", ep.register, r, "x")
attempt("register mask float", ep.register, r, 1.0)
attempt("register fd str", ep.register, "x")
attempt("register fd negative", ep.register, -1)
attempt("register keywords", ep.register, fd=r, eventmask=select.EPOLLIN)
attempt("register twice", ep.register, r, select.EPOLLIN)
attempt("register mask -1", ep.register, w, -1)
attempt("register mask 2**32+4", ep.register, w, 2 ** 32 + 4)
print(ep.poll(0) == [(w, select.EPOLLOUT)])
attempt("modify unknown", ep.modify, 99, 1)
attempt("modify 1 arg", ep.modify, r)
attempt("modify mask str", ep.modify, r, "x")
attempt("unregister unknown", ep.unregister, 99)
attempt("unregister()", ep.unregister)
attempt("unregister keyword", ep.unregister, fd=w)
attempt("poll str", ep.poll, "x")
attempt("poll maxevents 0", ep.poll, 1, 0)
attempt("poll maxevents -2", ep.poll, 1, -2)
attempt("poll maxevents str", ep.poll, 1, "x")
attempt("poll maxevents float", ep.poll, 1, 1.5)
attempt("poll both bad", ep.poll, "x", "y")
attempt("poll 3 args", ep.poll, 1, 2, 3)
attempt("poll 1e30", ep.poll, 1e30)
attempt("poll 3e6 s", ep.poll, 3e6)
attempt("poll nan", ep.poll, float("nan"))
attempt("poll 10**20", ep.poll, 10 ** 20)
attempt("poll maxevents 2**40", ep.poll, 0, 2 ** 40)
attempt("__exit__ 4 args", ep.__exit__, 1, 2, 3, 4)
ep.close()
attempt("closed poll str", ep.poll, "x")
attempt("closed register str", ep.register, "x")
attempt("closed modify mask str", ep.modify, r, "x")
try:
    ep.closed = True
except AttributeError as e:
    print("AttributeError:", e)
os.close(r)
os.close(w)
