# _multiprocessing.SemLock, the semaphore under multiprocessing's locks:
# its arguments, counts, values, errors and timeouts.
import _multiprocessing
import time

SemLock = _multiprocessing.SemLock
RECURSIVE_MUTEX, SEMAPHORE = 0, 1

print(SemLock.SEM_VALUE_MAX)
print(sorted(_multiprocessing.flags))
print(SemLock.__name__, SemLock.__module__)

lock = SemLock(SEMAPHORE, 1, 1, "lock", True)
print(lock.kind, lock.maxvalue, lock.name, type(lock.handle).__name__)
print(lock._count(), lock._is_mine(), lock._get_value(), lock._is_zero())
print(lock.acquire(), lock._count(), lock._is_mine(), lock._get_value(), lock._is_zero())
print(lock.acquire(False), lock.acquire(block=False), lock.acquire(True, 0), lock.acquire(timeout=-1))
start = time.monotonic()
print(lock.acquire(True, 0.05), time.monotonic() - start >= 0.04)
lock.release()
print(lock._count(), lock._get_value())
try:
    lock.release()
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock._get_value(), lock._is_mine())
print("after", lock._get_value())

# A counting semaphore: maxvalue is what release checks.
sem = SemLock(SEMAPHORE, 2, 3, "sem", True)
print([sem.acquire(False) for _ in range(3)], sem._count(), sem._get_value())
for _ in range(3):
    sem.release()
print(sem._count(), sem._get_value())
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

# A recursive mutex counts its owner's acquires.
rlock = SemLock(RECURSIVE_MUTEX, 1, 1, "rlock", True)
try:
    rlock.release()
except AssertionError as e:
    print("AssertionError:", e)
print(rlock.acquire(), rlock.acquire(), rlock.acquire(False), rlock._count(), rlock._get_value())
rlock.release()
rlock.release()
print(rlock._count(), rlock._is_mine(), rlock._get_value())
rlock.release()
print(rlock._count(), rlock._is_mine(), rlock._get_value())
rlock.acquire()
rlock._after_fork()
print(rlock._count(), rlock._is_mine())

for args in [(2, 1, 1, "x", True), (SEMAPHORE, -1, 1, "x", True),
             (SEMAPHORE, SemLock.SEM_VALUE_MAX + 1, 1, "x", True),
             (SEMAPHORE, 1.0, 1, "x", True), ("a", 1, 1, "x", True),
             (SEMAPHORE, 1, 1)]:
    try:
        SemLock(*args)
    except Exception as e:
        print(type(e).__name__, e)

for args, kwargs in [(("x",), {}), ((1, "x"), {}), ((1.5,), {}), ((), {"wait": 1}),
                     ((1, 2, 3), {})]:
    try:
        print(lock.acquire(*args, **kwargs))
        lock.release()
    except Exception as e:
        print(type(e).__name__, e)

import pickle
try:
    pickle.dumps(lock)
except Exception as e:
    print(type(e).__name__, e)
