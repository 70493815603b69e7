# getpass: the password is read on the controlling terminal (a pty here) with
# echo off and echo restored afterwards; getuser from the environment and
# from the password database; the fallback when echo cannot be controlled.
import getpass
import io
import os
import sys
import termios

master, slave = os.openpty()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.close(master)
    os.setsid()
    import fcntl
    fcntl.ioctl(slave, termios.TIOCSCTTY, 0)    # the new session's controlling terminal
    tty_fd = slave
    try:
        secret = getpass.getpass('PW: ')
        echo_back = bool(termios.tcgetattr(tty_fd)[3] & termios.ECHO)
        os.write(w, ('%r %s' % (secret, echo_back)).encode())
    finally:
        os._exit(0)
os.close(w)
os.close(slave)
seen = b''
while b'PW: ' not in seen:
    seen += os.read(master, 100)
os.write(master, b'hunter2\n')
result = b''
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    result += chunk
os.waitpid(pid, 0)
try:
    while True:
        seen += os.read(master, 100)
except OSError:
    pass
print(result.decode())
print(repr(seen))
os.close(r)
os.close(master)

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'from_username'
print(getpass.getuser())
os.environ['LOGNAME'] = 'from_logname'
print(getpass.getuser())
del os.environ['LOGNAME'], os.environ['USERNAME']
user = getpass.getuser()
with open('/etc/passwd') as f:
    names = {line.split(':')[2]: line.split(':')[0] for line in f if line.count(':') >= 2}
print(user == names.get(str(os.getuid())))

out = io.StringIO()
sys.stdin = io.StringIO('typed secret\nnext\n')
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass('Key: ', out)))
print([(w.category.__name__, str(w.message)) for w in caught])
print(repr(out.getvalue()))
print(repr(getpass._raw_input('P> ', out)))
try:
    getpass._raw_input('', out)
except EOFError:
    print('EOFError')
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
