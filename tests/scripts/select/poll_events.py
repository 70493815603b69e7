# select.poll: register/modify/unregister, the event masks reported for
# pipes (POLLIN, POLLOUT, POLLHUP after the writer closes, POLLNVAL for a
# closed descriptor), registration order, and the constants.
import os
import select

for name in ["POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL",
             "POLLRDNORM", "POLLRDBAND", "POLLWRNORM", "POLLWRBAND", "POLLMSG",
             "POLLRDHUP"]:
    print(name, getattr(select, name))

p = select.poll()
print(type(p))
r, w = os.pipe()


def names(mask):
    flags = [n for n in ("POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL")
             if mask & getattr(select, n)]
    return "|".join(flags) or "0"


def show(label, result):
    fds = {r: "r", w: "w"}
    print(label, [(fds.get(fd, fd), names(ev)) for fd, ev in result])


show("nothing registered:", p.poll(0))
print(p.register(r))                      # default POLLIN|POLLPRI|POLLOUT
print(p.register(w, select.POLLOUT))
show("empty pipe:", p.poll(0))
os.write(w, b"data")
show("after a write:", p.poll(0))
show("timeout None:", p.poll(None))
show("timeout float:", p.poll(1.5))
show("timeout negative (blocks, but ready):", p.poll(-1))

# modify keeps the registration order; re-registering replaces the mask
p.modify(w, select.POLLIN)
show("w now waits for POLLIN:", p.poll(0))
p.register(w, select.POLLOUT)
show("w back to POLLOUT:", p.poll(0))

# unregister then register moves a descriptor to the end
p.unregister(r)
p.register(r, select.POLLIN)
show("r registered again:", p.poll(0))

# objects with fileno() work everywhere a descriptor does
class Reader:
    def fileno(self):
        return r

p.modify(Reader(), select.POLLIN | select.POLLPRI)
print(os.read(r, 100))
show("drained:", p.poll(0))

# the writer closes: the reader sees POLLHUP, the closed fd POLLNVAL
os.close(w)
show("writer closed:", p.poll(0))
p.unregister(w)
show("w unregistered:", p.poll(0))
print(os.read(r, 10))
os.close(r)
show("reader closed:", p.poll(0))
p.unregister(Reader())
show("all gone:", p.poll(0))

# the result is a fresh list of (int, int) tuples
r, w = os.pipe()
p.register(w, select.POLLOUT)
res = p.poll(0)
print(type(res).__name__, type(res[0]).__name__, res[0][1] == select.POLLOUT)
os.close(r)
os.close(w)
