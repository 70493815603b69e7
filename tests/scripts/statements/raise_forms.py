# raise with classes, instances, arguments; raise from; errors in raise itself.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        cause = e.__cause__
        return f"{type(e).__name__}{e.args} cause={cause!r} suppress={e.__suppress_context__}"
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("msg", 2)
def raise_from_instance():
    raise KeyError("k") from ValueError("v")
def raise_from_class():
    raise KeyError("k") from IndexError
def raise_from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
def raise_non_exception():
    raise 42
def raise_from_non_exception():
    raise ValueError from 3
def raise_builtin_type():
    raise int
for fn in (raise_class, raise_instance, raise_from_instance, raise_from_class, raise_from_none, raise_non_exception, raise_from_non_exception, raise_builtin_type):
    print(fn.__name__, "->", attempt(fn))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise StopIteration("done")
except StopIteration as e:
    print("StopIteration value", e.value)
e = ValueError("reused")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print("same object:", caught is e)
try:
    raise Exception("a", "b") from None
except Exception as ex:
    print(str(ex), repr(ex), ex.__cause__, ex.__suppress_context__)
