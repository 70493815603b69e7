# select.select: CPython's argument errors.
import os
import select


def attempt(label, *args, **kw):
    try:
        res = select.select(*args, **kw)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {res}")


class FileNo:
    def __init__(self, value):
        self.value = value

    def fileno(self):
        return self.value


class BadFileNo:
    def fileno(self):
        raise RuntimeError("fileno failed")


r, w = os.pipe()
attempt("no args")
attempt("two args", [], [])
attempt("five args", [], [], [], 1, 2)
attempt("keyword", [], [], [], timeout=1)
attempt("not a sequence", 1, [], [])
attempt("str items", "ab", [], [], 0)
attempt("None item", [None], [], [], 0)
attempt("float item", [], [1.5], [], 0)
attempt("negative fd", [-1], [], [], 0)
attempt("huge fd", [1 << 40], [], [], 0)
attempt("fd beyond FD_SETSIZE", [5000], [], [], 0)
attempt("fileno() str", [], [FileNo("3")], [], 0)
attempt("fileno() negative", [], [FileNo(-3)], [], 0)
attempt("fileno() raises", [BadFileNo()], [], [], 0)
attempt("timeout str", [], [], [], "1")
attempt("timeout negative", [], [], [], -1)
attempt("timeout negative float", [], [], [], -0.25)
attempt("timeout nan", [], [], [], float("nan"))
attempt("timeout inf", [], [], [], float("inf"))
attempt("timeout huge float", [], [], [], 1e300)
attempt("timeout huge int", [], [], [], 10 ** 30)
attempt("timeout list", [], [], [], [])
attempt("unknown fd", [], [], [999], 0)
attempt("dict", {r: 1}, [], [], 0)
print(select.error is OSError)
print(select.PIPE_BUF)
os.close(r)
os.close(w)
