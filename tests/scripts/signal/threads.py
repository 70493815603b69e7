# Signals and threads: handlers run on the main thread even when another
# thread is running; only the main thread may set handlers.
import _thread
import os
import signal
import time

main_id = _thread.get_ident()
results = []
done = _thread.allocate_lock()
done.acquire()


def in_thread():
    for call in (lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN),
                 lambda: signal.set_wakeup_fd(-1)):
        try:
            call()
        except ValueError as e:
            results.append(str(e))
    results.append(repr(signal.getsignal(signal.SIGUSR1)))
    done.release()


_thread.start_new_thread(in_thread, ())
done.acquire()
for r in results:
    print(r)

ran_on = []
signal.signal(signal.SIGUSR1, lambda s, f: ran_on.append(_thread.get_ident() == main_id))

# a thread sends the signal while it and the main thread both run Python code
stop = False


def spinner():
    n = 0
    while not stop:
        n += 1
    done.release()


def sender():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    done.release()


_thread.start_new_thread(spinner, ())
_thread.start_new_thread(sender, ())
done.acquire()
deadline = time.monotonic() + 10
while not ran_on and time.monotonic() < deadline:
    pass
stop = True
done.acquire()
print("handler ran on the main thread:", ran_on)

# the main thread sleeps; a thread signals it with pthread_kill
ran_on.clear()
_thread.start_new_thread(lambda: (time.sleep(0.05), signal.pthread_kill(main_id, signal.SIGUSR1)), ())
time.sleep(0.5)
print("after sleep:", ran_on)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
