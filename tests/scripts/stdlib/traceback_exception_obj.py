# TracebackException: from_exception, the constructor, attributes,
# format/format_exception_only/print, equality, chains captured without
# keeping the exceptions, lookup_lines, compact.
import sys
import traceback


def fail(n):
    if n:
        return fail(n - 1)
    raise ValueError("deep")


def wrapped():
    try:
        fail(2)
    except ValueError as e:
        raise RuntimeError("wrapper") from e


try:
    wrapped()
except RuntimeError as e:
    exc = e

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type, str(te), te.__suppress_context__)
print(type(te.stack).__name__, [fs.name for fs in te.stack])
print(type(te.__cause__).__name__, te.__cause__.exc_type, str(te.__cause__))
print([fs.name for fs in te.__cause__.stack], te.__cause__.__cause__, te.exceptions)
print(te.__context__)       # the context is the cause here: compact=False keeps it too
te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__)
print(te == te2, te != te2, te == 1)
print("".join(te.format()) == "".join(traceback.format_exception(exc)))
print(list(te.format_exception_only()))
print("".join(te.format(chain=False)), end="")


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


out = Collect()
te.print(file=out)
print("".join(out.parts) == "".join(te.format()))
te.print(file=sys.stdout, chain=False)

compact = traceback.TracebackException.from_exception(exc, compact=True)
print(compact.__context__, compact.__cause__ is not None)

limited = traceback.TracebackException.from_exception(exc, limit=1)
print([fs.name for fs in limited.stack], [fs.name for fs in limited.__cause__.stack])

lazy = traceback.TracebackException.from_exception(exc, lookup_lines=False)
print([fs._line for fs in lazy.stack])
print("".join(lazy.format()) == "".join(te.format()))

# constructor with no traceback and with None
te3 = traceback.TracebackException(ValueError, ValueError("x"), None)
print(te3.stack, list(te3.format()))
te4 = traceback.TracebackException(type(None), None, None)
print(list(te4.format()), te4.__suppress_context__)


class Unprintable(Exception):
    def __str__(self):
        raise TypeError("no str")


te5 = traceback.TracebackException.from_exception(Unprintable())
print(str(te5), list(te5.format_exception_only()))

# the exception and its frames are not kept: deleting it is fine
del exc
print("".join(te.format()).count("Traceback"))

# groups
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
teg = traceback.TracebackException.from_exception(eg)
print(len(teg.exceptions), teg.exceptions[1].exceptions[0].exc_type, teg.exceptions[0].exceptions)
print("".join(teg.format()), end="")
print(traceback.format_exception_only(eg))
