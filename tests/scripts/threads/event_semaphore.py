# threading.Event and Semaphore/BoundedSemaphore: waking waiters, timeouts,
# how many threads a semaphore lets in at once, errors and reprs.
import threading
import time

def norm(r):
    # The object's address varies: replace it.
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in "0123456789abcdef":
        j += 1
    return r[:i] + " at 0x?" + r[j:]

ev = threading.Event()
print(norm(repr(ev)), ev.is_set())
results = []
def waiter():
    results.append(ev.wait())
ts = [threading.Thread(target=waiter) for _ in range(4)]
for t in ts:
    t.start()
time.sleep(0.02)
print("waiting before set", results)
ev.set()
for t in ts:
    t.join()
print("after set", results, norm(repr(ev)))
print("wait when set", ev.wait(), ev.wait(0))
ev.clear()
start = time.monotonic()
print("wait timeout", ev.wait(0.05), time.monotonic() - start >= 0.04, ev.is_set())

# A Semaphore(3): never more than 3 threads inside.
sem = threading.Semaphore(3)
inside = 0
peak = 0
guard = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.05)
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "inside", inside)
print(norm(repr(sem)))

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
s.release(3)
print(norm(repr(s)), s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# release(n) wakes n waiters
s0 = threading.Semaphore(0)
got = []
ts = [threading.Thread(target=lambda: got.append(s0.acquire(timeout=5))) for _ in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
s0.release(3)
for t in ts:
    t.join()
print("released 3", got)

b = threading.BoundedSemaphore(2)
print(norm(repr(b)))
b.acquire()
print(norm(repr(b)))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(norm(repr(b)), isinstance(b, threading.Semaphore))
