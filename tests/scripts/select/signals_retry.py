# PEP 475: a signal arriving during select/poll/epoll runs its handler and
# the wait resumes with the time left; a handler that raises ends the wait
# with its exception.
import os
import select
import signal
import time

r, w = os.pipe()
caught = []
signal.signal(signal.SIGALRM, lambda signum, frame: caught.append(signum))

p = select.poll()
p.register(r, select.POLLIN)
ep = select.epoll()
ep.register(r, select.EPOLLIN)
waits = [
    ("select", lambda: select.select([r], [], [], 0.4)),
    ("poll", lambda: p.poll(400)),
    ("epoll", lambda: ep.poll(0.4)),
]

for name, wait in waits:
    caught.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    start = time.monotonic()
    result = wait()
    elapsed = time.monotonic() - start
    print(name, result, "handler ran:", caught == [signal.SIGALRM],
          "waited the whole timeout:", elapsed >= 0.35)


class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop("from the handler")


signal.signal(signal.SIGALRM, stop)
for name, wait in waits:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    start = time.monotonic()
    try:
        wait()
    except Stop as e:
        print(name, "ended by", repr(e), "early:", time.monotonic() - start < 0.35)
ep.close()
os.close(r)
os.close(w)
