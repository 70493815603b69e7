# join(timeout) on a sleeping thread returns after about the timeout with
# the thread still alive; a plain join() then waits for its end.  Sleeping
# threads overlap (the GIL is released while they sleep).
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
start = time.monotonic()
t.join(0.1)
waited = time.monotonic() - start
print("after join(0.1): alive", t.is_alive(), "waited >= 0.09", waited >= 0.09, "< 0.45", waited < 0.45)
t.join(0)
print("join(0): alive", t.is_alive())
t.join(-1)
print("join(-1): alive", t.is_alive())
t.join()
total = time.monotonic() - start
print("after join(): alive", t.is_alive(), "total >= 0.45", total >= 0.45)
t.join(0.01)
t.join()
print("joining again is fine", t.is_alive())

# Ten threads sleeping 0.2 s each take about 0.2 s together, not 2 s.
start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(10)]
for x in ts:
    x.start()
for x in ts:
    x.join()
elapsed = time.monotonic() - start
print("overlapped", 0.19 <= elapsed < 1.5)

# A thread blocked on an Event, joined with a timeout, then released.
ev = threading.Event()
w = threading.Thread(target=ev.wait)
w.start()
w.join(timeout=0.05)
print("waiting thread alive", w.is_alive())
ev.set()
w.join(timeout=5)
print("released thread alive", w.is_alive())
