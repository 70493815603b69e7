# A thread waiting in select/poll/epoll gives up the GIL: another thread runs
# meanwhile and ends the wait by writing to the pipe.  Were the GIL held, the
# writer could not run and each wait would time out instead.
import os
import select
import selectors
import threading
import time


def with_writer(wait):
    r, w = os.pipe()
    ran = []

    def writer():
        time.sleep(0.05)
        ran.append(True)
        os.write(w, b"!")

    t = threading.Thread(target=writer)
    t.start()
    start = time.monotonic()
    ready = wait(r)
    elapsed = time.monotonic() - start
    t.join()
    os.close(r)
    os.close(w)
    return ready, ran == [True], elapsed < 5


def by_select(r):
    return select.select([r], [], [], 10)[0] == [r]


def by_poll(r):
    p = select.poll()
    p.register(r, select.POLLIN)
    return p.poll(10000) == [(r, select.POLLIN)]


def by_epoll(r):
    with select.epoll() as ep:
        ep.register(r, select.EPOLLIN)
        return ep.poll(10) == [(r, select.EPOLLIN)]


def by_selector(cls):
    def wait(r):
        with cls() as sel:
            sel.register(r, selectors.EVENT_READ, "data")
            [(key, events)] = sel.select(10)
            return key.fd == r and key.data == "data" and events == selectors.EVENT_READ
    return wait


for name, wait in [("select", by_select), ("poll", by_poll), ("epoll", by_epoll),
                   ("SelectSelector", by_selector(selectors.SelectSelector)),
                   ("PollSelector", by_selector(selectors.PollSelector)),
                   ("EpollSelector", by_selector(selectors.EpollSelector))]:
    print(name, with_writer(wait))
