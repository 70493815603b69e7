# select.epoll: level- and edge-triggered readiness, EPOLLONESHOT, maxevents,
# close/closed/fileno/fromfd and the context manager, and the constants.
import os
import select

for name in ["EPOLLIN", "EPOLLOUT", "EPOLLPRI", "EPOLLERR", "EPOLLHUP", "EPOLLET",
             "EPOLLONESHOT", "EPOLLEXCLUSIVE", "EPOLLRDHUP", "EPOLLRDNORM",
             "EPOLLRDBAND", "EPOLLWRNORM", "EPOLLWRBAND", "EPOLLMSG", "EPOLL_CLOEXEC"]:
    print(name, getattr(select, name))

r, w = os.pipe()
fds = {r: "r", w: "w"}


def show(label, events):
    print(label, sorted((fds.get(fd, fd), ev) for fd, ev in events))


ep = select.epoll()
print(type(ep), ep.closed, isinstance(ep.fileno(), int))

# level-triggered: reported as long as the condition holds
ep.register(r, select.EPOLLIN)
show("empty:", ep.poll(0))
os.write(w, b"abc")
show("level 1:", ep.poll(0))
show("level 2:", ep.poll(0.0))
print(os.read(r, 10))
show("drained:", ep.poll(0))

# edge-triggered: reported once per new arrival of data
ep.modify(r, select.EPOLLIN | select.EPOLLET)
os.write(w, b"x")
show("edge, new data:", ep.poll(0))
show("edge, no new data:", ep.poll(0))
os.write(w, b"y")
show("edge, more data:", ep.poll(0))
print(os.read(r, 10))

# one-shot: reported once, then disabled until modify() re-arms it
ep.register(w, select.EPOLLOUT | select.EPOLLONESHOT)
show("oneshot first:", ep.poll(0))
show("oneshot disarmed:", ep.poll(0))
ep.modify(w, select.EPOLLOUT)
show("re-armed (level):", ep.poll(0))
show("still level:", ep.poll(None, 5))

# maxevents limits how many come back at once
os.write(w, b"z")
ep.modify(r, select.EPOLLIN)
print(len(ep.poll(0)), len(ep.poll(0, 1)), len(ep.poll(timeout=0, maxevents=1)))

# hang-up: the writer closes
ep.unregister(w)
os.close(w)
show("writer closed:", ep.poll(0))
print(os.read(r, 10), os.read(r, 10))
ep.unregister(r)
show("nothing registered:", ep.poll(0))

# fromfd wraps a descriptor (here a duplicate of this epoll's own)
other = select.epoll.fromfd(os.dup(ep.fileno()))
print(type(other), other.closed, other.fileno() != ep.fileno())
other.close()
print(other.closed)

# close is idempotent; a closed epoll refuses everything else
ep.close()
ep.close()
print(ep.closed)
for call in (ep.fileno, lambda: ep.poll(0), lambda: ep.register(r),
             lambda: ep.modify(r, 1), lambda: ep.unregister(r), ep.__enter__):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

# the context manager closes it
with select.epoll() as ep2:
    print("inside:", ep2.closed)
print("after:", ep2.closed)
with select.epoll(10, select.EPOLL_CLOEXEC) as ep3:
    print(ep3.__enter__() is ep3)
print(ep3.__exit__(None, None, None), ep3.closed)
os.close(r)
