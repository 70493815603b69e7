# threading.Timer: calls a function after a delay; cancel() before it fires
# prevents the call.
import threading
import time

calls = []
start = time.monotonic()
t = threading.Timer(0.1, lambda *a, **k: calls.append((a, k, time.monotonic() - start)), args=(1, 2), kwargs={"k": 3})
print(type(t).__name__, isinstance(t, threading.Thread), t.interval, t.args, t.kwargs)
t.start()
t.join()
(args, kwargs, when), = calls
print("fired", args, kwargs, "after >= 0.09", when >= 0.09)
print("finished", t.finished.is_set(), t.is_alive())

cancelled = []
c = threading.Timer(0.2, cancelled.append, args=("fired",))
c.start()
time.sleep(0.02)
c.cancel()
c.join()
print("cancelled", cancelled, c.is_alive())

c2 = threading.Timer(5, cancelled.append, args=("fired",))
c2.cancel()
c2.start()
start = time.monotonic()
c2.join()
print("cancelled before start", cancelled, time.monotonic() - start < 2)

d = threading.Timer(0.01, print, args=("default args",))
print(d.args, d.kwargs)
d.start()
d.join()
order = []
timers = [threading.Timer(delay, order.append, args=(delay,)) for delay in (0.3, 0.1, 0.2)]
for x in timers:
    x.start()
for x in timers:
    x.join()
print("order", order)
