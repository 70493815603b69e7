# A signal handler runs while the main thread waits on a multiprocessing
# lock: its exception ends the wait; a handler that returns lets the wait
# go on until its timeout (PEP 475).
import multiprocessing as mp
import signal
import time

lock = mp.Lock()
lock.acquire()


def fail(signum, frame):
    raise KeyError("alarm")


signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    lock.acquire()
except KeyError as e:
    print("interrupted", e)

calls = []
signal.signal(signal.SIGALRM, lambda signum, frame: calls.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print(lock.acquire(timeout=0.3), calls == [signal.SIGALRM], time.monotonic() - start >= 0.29)

sem = mp.Semaphore(0)
signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    sem.acquire(True, 30)
except KeyError as e:
    print("semaphore wait interrupted", e, sem.get_value())
