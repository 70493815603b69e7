# termios on a pseudo-terminal: attributes, cc in canonical and raw modes,
# window size, tty.setraw/setcbreak, and the errors.
import os
import termios
import tty

master, slave = os.openpty()
attrs = termios.tcgetattr(slave)
print(type(attrs).__name__, len(attrs), [type(x).__name__ for x in attrs])
print(len(attrs[6]) == termios.NCCS, all(isinstance(c, bytes) and len(c) == 1 for c in attrs[6]))
print(bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))

attrs[6][termios.VINTR] = b'\x07'
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print(termios.tcgetattr(slave)[6][termios.VINTR])

tty.setcbreak(slave)
a = termios.tcgetattr(slave)
print('cbreak', bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO), a[6][termios.VMIN], a[6][termios.VTIME])
print(bool(a[3] & termios.ISIG))

tty.setraw(slave, termios.TCSANOW)
a = termios.tcgetattr(slave)
print('raw', bool(a[3] & termios.ISIG), bool(a[1] & termios.OPOST), a[2] & termios.CSIZE == termios.CS8)
print(tty.IFLAG, tty.CC, tty.TCSAFLUSH == termios.TCSAFLUSH, tty.__all__)

termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(master, [50, 132])
print(termios.tcgetwinsize(slave))
print(os.get_terminal_size(slave))

# Data through the pair in raw mode.
os.write(master, b'abc\r')
print(os.read(slave, 10))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(master)
termios.tcflow(slave, termios.TCOON)

def attempt(f, *args):
    try:
        r = f(*args)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

good = termios.tcgetattr(slave)
attempt(termios.tcsetattr, slave, 0, good[:6])
attempt(termios.tcsetattr, slave, 0, tuple(good))
attempt(termios.tcsetattr, slave, 0, good[:6] + [[]])
attempt(termios.tcsetattr, slave, 0, good[:6] + [[1.0] * termios.NCCS])
attempt(termios.tcsetattr, slave, 0, good[:6] + [[b'ab'] * termios.NCCS])
attempt(termios.tcsetattr, slave, 0, [1, '', 3, 4, 5, 6, good[6]])
attempt(termios.tcsetattr, slave, 99, good)
attempt(termios.tcsetattr, slave, 0)
attempt(termios.tcgetattr)
attempt(termios.tcgetattr, 'x')
attempt(termios.tcgetattr, -1)
attempt(termios.tcflush, slave, 2 ** 40)
attempt(termios.tcsetwinsize, slave, 5)
attempt(termios.tcsetwinsize, slave, (1,))
attempt(termios.tcsetwinsize, slave, (70000, 1))
attempt(termios.tcsetwinsize, slave, (1.5, 1))
r, w = os.pipe()
attempt(termios.tcgetattr, r)
try:
    termios.tcgetattr(r)
except termios.error as e:
    print(e.args[0] == 25, isinstance(e, OSError), termios.error.__mro__[1].__name__)

class F:
    def fileno(self):
        return slave
print(termios.tcgetattr(F()) == termios.tcgetattr(slave))
print(termios.B38400, termios.TIOCGWINSZ, termios.VSWTCH, termios.NCCS)
for fd in (master, slave, r, w):
    os.close(fd)
