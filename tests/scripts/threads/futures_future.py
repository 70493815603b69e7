# concurrent.futures.Future on its own: states, reprs, callbacks, results
# and exceptions set by hand, InvalidStateError, the exception classes.
import concurrent.futures as cf
from concurrent.futures import Future
import threading
import time

def norm(r):
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in "0123456789abcdef":
        j += 1
    return r[:i] + " at 0x?" + r[j:]

f = Future()
print(norm(repr(f)), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), norm(repr(f)), f.running(), f.cancel())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.set_result([1, 2])
print(norm(repr(f)), f.result(), f.done(), calls)
f.add_done_callback(lambda fut: calls.append(("cb2 at once", fut.result())))
print(calls)
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", norm(str(e)))
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", norm(str(e)))

g = Future()
g.set_exception(KeyError("k"))
print(norm(repr(g)), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e))

h = Future()
print("cancel", h.cancel(), h.cancel(), h.cancelled(), h.done(), norm(repr(h)))
try:
    h.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e), type(e).__module__)
try:
    h.exception()
except cf.CancelledError:
    print("exception() CancelledError")
print(h.set_running_or_notify_cancel(), norm(repr(h)))
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
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stderr = sys.__stderr__
text = sink.text.split()
print("logged", text[0], text[1].isdigit(), text[2:])

# Timeouts
p = Future()
start = time.monotonic()
try:
    p.result(timeout=0.05)
except cf.TimeoutError as e:
    print("result timeout", type(e), time.monotonic() - start >= 0.04)
try:
    p.exception(timeout=0)
except TimeoutError:
    print("exception timeout")

# A result set from another thread wakes the waiter.
q = Future()
threading.Timer(0.05, q.set_result, args=("late",)).start()
print("waited for", q.result(timeout=5))

# A callback that raises is logged, the others still run.
sink = Sink()
sys.stderr = sink
r = Future()
order = []
def bad(fut):
    raise ZeroDivisionError("cb")
r.add_done_callback(lambda fut: order.append(1))
r.add_done_callback(bad)
r.add_done_callback(lambda fut: order.append(3))
r.set_result(None)
sys.stderr = sys.__stderr__
lines = sink.text.splitlines()
print(order, norm(lines[0]), lines[-1])

# wait()/as_completed() on finished and cancelled futures
a, b, c = Future(), Future(), Future()
a.set_result(1)
b.cancel()
b.set_running_or_notify_cancel()
done, not_done = cf.wait([a, b, c], timeout=0)
print("wait", len(done), len(not_done), c in not_done)
done, not_done = cf.wait([a, c], return_when=cf.FIRST_COMPLETED)
print("first completed", done == {a}, not_done == {c})
c.set_exception(OSError("x"))
done, not_done = cf.wait([a, b, c], return_when=cf.FIRST_EXCEPTION)
print("first exception", len(done), len(not_done))
print("as_completed", sorted(id(x) for x in cf.as_completed([a, b, c])) == sorted(map(id, [a, b, c])))
print("as_completed dup", len(list(cf.as_completed([a, a, a]))))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.CancelledError.__mro__[1], cf.InvalidStateError.__mro__[1], cf.BrokenExecutor.__mro__[1])
print(cf.Future[int], cf.CancelledError, cf.TimeoutError)
print(sorted(cf.__all__))
print(cf.ThreadPoolExecutor.__name__, issubclass(cf.ThreadPoolExecutor, cf.Executor))
try:
    cf.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
with cf.Executor() as e:
    print("base executor context", type(e).__name__)
