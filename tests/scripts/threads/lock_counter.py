# Eight threads each add 100,000 to a shared counter under a Lock: the total
# is exact.  Also Lock/RLock basics: acquire with blocking/timeout, release
# errors, reentrancy, and the context-manager form.
import threading
import time

lock = threading.Lock()
counter = 0

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive after join", [t.is_alive() for t in threads])

# Lock basics
l = threading.Lock()
print(type(l).__name__, l.locked())
print(l.acquire(), l.locked(), l.acquire(False))
start = time.monotonic()
print("timed acquire", l.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))

# A lock released by another thread than the one that took it.
l.acquire()
t = threading.Thread(target=l.release)
t.start(); t.join()
print("released by other thread", not l.locked())

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
print("still owned", r._is_owned())
r.release()
print("free", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with ok")

# Another thread cannot take a held RLock, nor release it.
r.acquire()
res = []
def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(res)
r.release()

# Many threads contending for an RLock taken twice per increment.
total = 0
def rwork():
    global total
    for _ in range(20_000):
        with r:
            with r:
                total += 1
ts = [threading.Thread(target=rwork) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("rlock total", total)
