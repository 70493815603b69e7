# ProcessPoolExecutor: an exception raised in a worker reaches the caller with
# the worker's formatted traceback as its __cause__ (_RemoteTraceback).
from concurrent.futures import ProcessPoolExecutor
import traceback


def fail(x):
    raise ValueError(f"bad {x}")


def ok(x):
    return x + 1


def local_result():
    return lambda: 1


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pex:
        f = pex.submit(fail, 3)
        try:
            f.result()
        except ValueError as e:
            cause = e.__cause__
            print(type(cause).__module__, type(cause).__name__, isinstance(cause, Exception))
            text = str(cause)
            print(text.startswith('\n"""\nTraceback (most recent call last):\n'))
            print(text.splitlines()[-2:], repr(cause.tb) == repr(text))
            print(e.__traceback__ is not None, e.args)
            lines = traceback.format_exception(type(e), e, e.__traceback__)
            print(lines[0].startswith("concurrent.futures.process._RemoteTraceback"))
            print(any("direct cause" in ln for ln in lines))
        try:
            list(pex.map(fail, [7]))
        except ValueError as e:
            print(type(e.__cause__).__name__, str(e.__cause__).splitlines()[-2])
        print(pex.submit(ok, 1).result())
        # a result that cannot be pickled fails its future in the worker
        try:
            pex.submit(local_result).result()
        except AttributeError as e:
            print("result:", e, type(e.__cause__).__name__)
        # a call that cannot be pickled fails its future; the pool goes on
        f = pex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            print("call:", type(e).__name__, type(e.__cause__).__name__)
            print(str(e.__cause__).splitlines()[-2].split(":")[0])
        print(pex.submit(ok, 2).result())
    print("shut down")
