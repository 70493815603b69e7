# Waits that time out return nothing after about the timeout: select, poll,
# epoll and each selector, with 0.05 s (wide margins: the machine is busy).
import os
import select
import selectors
import time

r, w = os.pipe()


def timed(label, wait):
    start = time.monotonic()
    result = wait()
    elapsed = time.monotonic() - start
    print(f"{label}: {result!r} elapsed >= 0.04: {elapsed >= 0.04} < 5: {elapsed < 5}")


timed("select", lambda: select.select([r], [], [], 0.05))
p = select.poll()
p.register(r, select.POLLIN)
timed("poll", lambda: p.poll(50))
timed("poll float ms", lambda: p.poll(49.5))
ep = select.epoll()
ep.register(r, select.EPOLLIN)
timed("epoll", lambda: ep.poll(0.05))
ep.close()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as sel:
        sel.register(r, selectors.EVENT_READ)
        timed(cls.__name__, lambda: sel.select(0.05))

# a zero timeout returns at once
start = time.monotonic()
for i in range(100):
    select.select([r], [], [], 0)
    p.poll(0)
print("zero timeouts quick:", time.monotonic() - start < 5)
os.close(r)
os.close(w)
