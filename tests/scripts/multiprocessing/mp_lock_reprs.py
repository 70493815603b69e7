# multiprocessing's Lock, RLock, Semaphore, BoundedSemaphore, Condition and
# Event: reprs as their holder changes (this process, another thread,
# another process), their errors, and timeouts while another process holds them.
import multiprocessing as mp
import threading
import time

lock, rlock = mp.Lock(), mp.RLock()
sem, bsem = mp.Semaphore(3), mp.BoundedSemaphore(2)
cond, cond_lock = mp.Condition(), mp.Condition(mp.Lock())
print(lock, rlock, sem, bsem)
print(cond, cond_lock)

lock.acquire()
rlock.acquire()
rlock.acquire()
sem.acquire()
bsem.acquire()
print(lock, rlock, sem, bsem, sem.get_value(), bsem.get_value())
print(cond_lock)
lock.release()
rlock.release()
print(rlock)
rlock.release()
sem.release()
bsem.release()
print(lock, rlock, sem, bsem)

# Held by another thread of this process.
def hold(l):
    l.acquire()

for l in (lock, rlock):
    t = threading.Thread(target=hold, args=(l,), name="Holder")
    t.start()
    t.join()
    print(l)
lock.release()          # a Lock may be released by another thread
print(lock)


# Held by another process: a child takes it and signals through an event.
def child_holds(l, taken, done):
    l.acquire()
    taken.set()
    done.wait()
    l.release()


for l in (mp.Lock(), mp.RLock()):
    taken, done = mp.Event(), mp.Event()
    p = mp.Process(target=child_holds, args=(l, taken, done))
    p.start()
    taken.wait()
    print(l)
    start = time.monotonic()
    print("acquire with timeout:", l.acquire(timeout=0.1), time.monotonic() - start >= 0.09)
    print("non-blocking:", l.acquire(False))
    done.set()
    p.join()
    print(l, l.acquire(timeout=5))
    l.release()
    print(l)

# Errors.
try:
    lock.release()
except ValueError as e:
    print("ValueError:", e)
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)
try:
    rlock.release()
except AssertionError as e:
    print("AssertionError:", e)
try:
    cond.wait()
except AssertionError as e:
    print("AssertionError:", e)
try:
    cond.notify()
except AssertionError as e:
    print("AssertionError:", e)
for make in (lambda: mp.Semaphore(-1), lambda: mp.BoundedSemaphore(-1),
             lambda: mp.Semaphore(2 ** 31), lambda: mp.Semaphore("3")):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

import pickle
for obj in (lock, rlock, sem, bsem, cond):
    try:
        pickle.dumps(obj)
    except RuntimeError as e:
        print("RuntimeError:", e)

# A Semaphore counts past its initial value; a BoundedSemaphore does not.
s = mp.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False))
s.release()
s.release()
print(s, s.acquire(False), s.acquire(False), s.acquire(False))

# Condition.wait times out and gives the lock back.
with cond:
    print(cond.wait(0.05), cond)
    print(cond.wait_for(lambda: False, timeout=0.02))
    print(cond.wait_for(lambda: 42))
print(cond)

# An RLock held twice by this process is released twice by wait.
with cond:
    with cond:
        print(cond._lock, cond.wait(0.01), cond._lock)
print(cond._lock)

e = mp.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0))
print(repr(e).startswith("<Event at 0x"), repr(e).endswith(" unset>"))
