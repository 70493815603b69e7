# Chained exceptions (__cause__, __context__, suppressed context), chain=False,
# notes, exception groups and recursion elision through the traceback module.
import sys
import traceback


def fail_parse(text):
    return int(text)


def load(text):
    try:
        return fail_parse(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e


def load_implicit(text):
    try:
        return fail_parse(text)
    except ValueError:
        raise KeyError(text)


def load_suppressed(text):
    try:
        return fail_parse(text)
    except ValueError:
        raise LookupError("quiet") from None


for fn in (load, load_implicit, load_suppressed):
    print("====", fn.__name__)
    try:
        fn("x1")
    except Exception:
        traceback.print_exc(file=sys.stdout)
        print("---- chain=False")
        traceback.print_exc(file=sys.stdout, chain=False)

# a cycle in the context chain is printed once
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            first.__context__ = second
            raise first
except ValueError:
    print("==== cycle")
    traceback.print_exc(file=sys.stdout)

# three levels: context inside cause
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("middle")
    except ValueError as e:
        raise RuntimeError("top") from e
except RuntimeError as e:
    print("==== three levels")
    print("".join(traceback.format_exception(e)), end="")

# notes
try:
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise e
except ValueError as e:
    print("==== notes")
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(e))
    e.__notes__ = "not a list"
    print(traceback.format_exception_only(e))
    e.__notes__ = [1, "two"]
    print(traceback.format_exception_only(e))
    e.__notes__ = ("a", "b")
    print(traceback.format_exception_only(e))


# recursion: repeated entries are elided
def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


try:
    recurse(30)
except RecursionError:
    print("==== recursion")
    traceback.print_exc(file=sys.stdout)
    print("---- extract_tb keeps every entry:", len(traceback.extract_tb(sys.exc_info()[2])))


def ping(n):
    if n == 0:
        raise ValueError("ping")
    return pong(n)


def pong(n):
    return ping(n - 1)


try:
    ping(5)
except ValueError:
    print("==== mutual recursion")
    traceback.print_exc(file=sys.stdout)


# exception groups
def raise_group():
    errors = []
    for i, exc_type in enumerate([ValueError, TypeError]):
        try:
            raise exc_type(f"member {i}")
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)


try:
    raise_group()
except ExceptionGroup:
    print("==== group")
    traceback.print_exc(file=sys.stdout)

try:
    try:
        raise_group()
    except ExceptionGroup as inner:
        raise ExceptionGroup("outer", [inner, KeyError("plain")])
except ExceptionGroup as e:
    print("==== nested group")
    traceback.print_exception(e, file=sys.stdout)
    print("---- max_group_width=1, max_group_depth=1")
    te = traceback.TracebackException.from_exception(e, max_group_width=1, max_group_depth=1)
    print("".join(te.format()), end="")

many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
print("==== wide group")
traceback.print_exception(many, file=sys.stdout)
