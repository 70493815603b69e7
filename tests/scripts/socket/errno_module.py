# The errno module: every E* constant of Linux and errorcode (order and the
# names chosen for numbers that have two).
import errno

names = [n for n in dir(errno) if n.startswith('E')]
print(len(names), len(errno.errorcode))
print(list(errno.errorcode.items())[:10])
for n in sorted(names):
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
# OSError picks its subclass from the number
for code in (errno.ENOENT, errno.EEXIST, errno.EPIPE, errno.ECONNRESET, errno.ECONNREFUSED,
             errno.ETIMEDOUT, errno.EAGAIN, errno.EINTR, errno.EACCES, errno.ECHILD):
    e = OSError(code, 'x')
    print(code, type(e).__name__)
