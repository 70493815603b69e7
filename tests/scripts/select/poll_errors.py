# select.poll: CPython's argument errors.
import os
import select


def attempt(label, f, *args, **kw):
    try:
        res = f(*args, **kw)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {res!r}")


class Index:
    def __index__(self):
        return 1


r, w = os.pipe()
attempt("poll(1)", select.poll, 1)
attempt("poll(a=1)", select.poll, a=1)
attempt("type(poll)()", type(select.poll()))
p = select.poll()
attempt("register()", p.register)
attempt("register 3 args", p.register, r, 1, 2)
attempt("register keyword", p.register, fd=r)
attempt("mask str", p.register, r, "x")
attempt("mask float", p.register, r, 1.0)
attempt("mask __index__", p.register, r, Index())
attempt("mask negative", p.register, r, -1)
attempt("mask 65536", p.register, r, 65536)
attempt("mask 2**70", p.register, r, 1 << 70)
attempt("mask True", p.register, r, True)
attempt("fd str", p.register, "x")
attempt("fd negative", p.register, -1)
attempt("fd huge", p.register, 2 ** 31)
attempt("modify unknown", p.modify, 99, 1)
attempt("modify 1 arg", p.modify, r)
attempt("modify mask str", p.modify, r, "x")
attempt("modify keyword", p.modify, fd=r, eventmask=1)
attempt("unregister unknown", p.unregister, 99)
attempt("unregister()", p.unregister)
attempt("unregister 2 args", p.unregister, r, 1)
attempt("unregister str", p.unregister, "x")
attempt("poll 2 args", p.poll, 1, 2)
attempt("poll keyword", p.poll, timeout=1)
attempt("poll str", p.poll, "x")
attempt("poll 2**31 ms", p.poll, 2 ** 31)
attempt("poll -2**31-1 ms", p.poll, -2 ** 31 - 1)
attempt("poll 10**30 ms", p.poll, 10 ** 30)
attempt("poll nan", p.poll, float("nan"))
attempt("poll inf", p.poll, float("inf"))
attempt("poll __index__", p.poll, Index())
try:
    p.unregister(r)
except KeyError as e:
    print("KeyError args:", e.args)
os.close(r)
os.close(w)
