# fcntl: flags (the non-blocking socket idiom), descriptor flags, buffer
# arguments, ioctl, flock/lockf between descriptors, and the errors.
import fcntl
import os
import socket

import termios

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(bool(flags & os.O_NONBLOCK))
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, 0)
print(os.get_inheritable(w))

s = socket.socket()
fl = fcntl.fcntl(s, fcntl.F_GETFL)
fcntl.fcntl(s.fileno(), fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(s.getblocking(), bool(fcntl.fcntl(s, fcntl.F_GETFL) & os.O_NONBLOCK))
s.close()

print(fcntl.fcntl(r, fcntl.F_GETFL, b'abcd'), fcntl.fcntl(r, fcntl.F_GETFL, 'xy'))
dup = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 100)
print(dup >= 100)
os.close(dup)

os.write(w, b'hello')
print(fcntl.ioctl(r, termios.FIONREAD, b'\0\0\0\0'))
buf = bytearray(4)
print(fcntl.ioctl(r, termios.FIONREAD, buf), buf)
buf = bytearray(4)
print(fcntl.ioctl(r, termios.FIONREAD, buf, False), buf)

d = '/tmp/gilpy-fcntl-%d' % os.getpid()
os.mkdir(d)
path = os.path.join(d, 'lock')
f1 = open(path, 'w+')
f2 = open(path, 'w')
fcntl.flock(f1, fcntl.LOCK_EX)
try:
    fcntl.flock(f2.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
except BlockingIOError as e:
    print('locked', e.errno)
fcntl.flock(f1, fcntl.LOCK_UN)
fcntl.flock(f2, fcntl.LOCK_EX | fcntl.LOCK_NB)
print('second got it')
fcntl.flock(f2, fcntl.LOCK_UN)
fcntl.lockf(f1, fcntl.LOCK_EX, 10, 0, 0)
fcntl.lockf(f1, fcntl.LOCK_UN)
fcntl.lockf(f1, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(f1, fcntl.LOCK_UN)
f1.close()
f2.close()
os.remove(path)
os.rmdir(d)

def attempt(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(fcntl.fcntl, r)
attempt(fcntl.fcntl, r, 1, 2, 3)
attempt(fcntl.fcntl, r, 1, 1.5)
attempt(fcntl.fcntl, r, 1, None)
attempt(fcntl.fcntl, r, 1, bytearray(2))
attempt(fcntl.fcntl, r, 1, b'x' * 2000)
attempt(fcntl.fcntl, 'x', 1)
attempt(fcntl.fcntl, -1, 1)
attempt(fcntl.fcntl, fd=1, cmd=1)
attempt(fcntl.flock, r)
attempt(fcntl.lockf, r, 0)
attempt(fcntl.lockf, r)
attempt(fcntl.ioctl, r)
attempt(fcntl.ioctl, r, termios.FIONREAD, 1.0)
attempt(fcntl.ioctl, r, termios.FIONREAD, b'x' * 2000)
os.close(r)
attempt(fcntl.fcntl, r, fcntl.F_GETFL)
attempt(fcntl.flock, r, fcntl.LOCK_SH)
os.close(w)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_SETFL)
print(sorted(n for n in dir(fcntl) if not n.startswith('_'))[:8])
