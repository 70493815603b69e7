# concurrent.futures.ThreadPoolExecutor: submit, map (order, timeout,
# exceptions), as_completed, wait, exception propagation, worker thread
# names, shutdown (wait, cancel_futures), initializer, context manager.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
import threading
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

def slow(x, delay):
    time.sleep(delay)
    return x

# Default names: ThreadPoolExecutor-<executor number>_<worker number>.
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())

with ThreadPoolExecutor(max_workers=4) as ex:
    print("map", list(ex.map(square, range(10))))
    print("map2", list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    fut = ex.submit(square, 7)
    print("submit", fut.result(), fut.done(), fut.exception())
    fut = ex.submit(fail, 1)
    try:
        fut.result()
    except ValueError as e:
        print("result raised", repr(e))
    print("exception()", repr(fut.exception()))
    it = ex.map(fail, [1, 2])
    try:
        list(it)
    except ValueError as e:
        print("map raised", e)
    fs = [ex.submit(slow, i, 0.08 * (4 - i)) for i in range(4)]
    print("as_completed", [f.result() for f in cf.as_completed(fs)])
    fs = {ex.submit(square, i): i for i in range(20)}
    print("as_completed all", sorted(f.result() for f in cf.as_completed(fs)))
    done, not_done = cf.wait([ex.submit(square, i) for i in range(5)])
    print("wait", sorted(f.result() for f in done), len(not_done))
    fast = ex.submit(slow, "fast", 0.01)
    slowf = ex.submit(slow, "slow", 0.4)
    done, not_done = cf.wait([fast, slowf], return_when=cf.FIRST_COMPLETED)
    print("first completed", [f.result() for f in done], len(not_done))
    bad = ex.submit(fail, 3)
    slow2 = ex.submit(slow, "slow2", 0.4)
    done, not_done = cf.wait([bad, slow2], return_when=cf.FIRST_EXCEPTION)
    print("first exception", [repr(f.exception()) for f in done], len(not_done))
    r = cf.wait([ex.submit(slow, 1, 0.4)], timeout=0.01)
    print("wait timeout", len(r.done), len(r.not_done), type(r).__name__, r._fields)
    names = set(ex.submit(lambda: threading.current_thread().name).result() for _ in range(3))
    print("names", all(n.startswith("ThreadPoolExecutor-") and "_" in n for n in names))

# map with a timeout
with ThreadPoolExecutor(2) as ex:
    it = ex.map(slow, [1, 2], [0.5, 0.5], timeout=0.05)
    try:
        next(it)
    except cf.TimeoutError as e:
        print("map timeout", type(e).__name__, cf.TimeoutError is TimeoutError)

# as_completed with a timeout
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(slow, 1, 0.5), ex.submit(slow, 2, 0.5)]
    try:
        for f in cf.as_completed(fs, timeout=0.05):
            print("unexpected")
    except TimeoutError as e:
        print("as_completed timeout:", e)

# Worker names with a prefix, in order.
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    barrier = threading.Barrier(3)
    def meet():
        barrier.wait()
        return threading.current_thread().name
    print("prefixed", sorted(f.result() for f in [ex.submit(meet) for _ in range(3)]))

# Initializer
init_calls = []
def init(tag):
    init_calls.append(tag)
with ThreadPoolExecutor(2, initializer=init, initargs=("x",)) as ex:
    list(ex.map(square, range(10)))
print("initializer ran", set(init_calls), 1 <= len(init_calls) <= 2)

# shutdown: no new work; cancel_futures cancels what has not started.
ex = ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
def blocked():
    started.set()
    return gate.wait(5)
first = ex.submit(blocked)
queued = [ex.submit(square, i) for i in range(3)]
started.wait(5)
print("running", first.running(), [f.running() for f in queued])
print("cancel a queued one", queued[0].cancel(), queued[0].cancelled(), queued[0].done())
print("cancel the running one", first.cancel())
threading.Timer(0.1, gate.set).start()   # opens once shutdown() cancelled the rest
ex.shutdown(wait=True, cancel_futures=True)
print("after shutdown", first.result(), [f.cancelled() or f.result() for f in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()

ex = ThreadPoolExecutor(1)
gate = threading.Event()
started = threading.Event()
first = ex.submit(blocked)
queued = [ex.submit(square, i) for i in range(3)]
started.wait(5)
threading.Timer(0.1, gate.set).start()
ex.shutdown(cancel_futures=True)
print("cancel_futures", first.result(), [f.cancelled() for f in queued])

# Errors
for kw in ({"max_workers": 0}, {"max_workers": -1}):
    try:
        ThreadPoolExecutor(**kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
try:
    cf.ThreadPoolExecutor(1).submit()
except TypeError as e:
    print("TypeError:", type(e).__name__)

# A failing initializer breaks the pool.
import sys
class Sink:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
    def flush(self):
        pass
sink = Sink()
sys.stderr = sink
def bad_init():
    raise OSError("no init")
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(square, 2)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print("broken:", type(e).__name__, e)
time.sleep(0.05)
try:
    ex.submit(square, 3)
except cf.BrokenExecutor as e:
    print("broken submit:", type(e).__name__)
ex.shutdown()
sys.stderr = sys.__stderr__
print("logged", sink.text.splitlines()[0], "OSError: no init" in sink.text)

from concurrent.futures.thread import BrokenThreadPool
print(BrokenThreadPool.__mro__[1].__name__, issubclass(BrokenThreadPool, RuntimeError))
default = ThreadPoolExecutor()
import os
print("default max_workers", default._max_workers == min(32, (os.cpu_count() or 1) + 4))
default.shutdown()

# Threads are reused: many small jobs do not start many threads.
with ThreadPoolExecutor(max_workers=8) as ex:
    for _ in range(50):
        ex.submit(square, 2).result()
        time.sleep(0.002)        # lets the worker report itself idle
    print("threads started", len(ex._threads) <= 3)
