"""Terminal modes: raw and cbreak, set through termios."""

from termios import *

__all__ = ["setraw", "setcbreak"]

# Positions in the list tcgetattr() returns.
IFLAG = 0
OFLAG = 1
CFLAG = 2
LFLAG = 3
ISPEED = 4
OSPEED = 5
CC = 6


def _apply(fd, when, clear, set_cflag=0):
    # clear: {position: bits to turn off}; reads once, writes once.
    mode = tcgetattr(fd)
    for pos, bits in clear.items():
        mode[pos] &= ~bits
    mode[CFLAG] |= set_cflag
    mode[CC][VMIN] = 1
    mode[CC][VTIME] = 0
    tcsetattr(fd, when, mode)


def setraw(fd, when=TCSAFLUSH):
    """Put terminal fd into raw mode: bytes arrive one by one, unprocessed."""
    _apply(fd, when, {
        IFLAG: BRKINT | ICRNL | INPCK | ISTRIP | IXON,
        OFLAG: OPOST,
        CFLAG: CSIZE | PARENB,
        LFLAG: ECHO | ICANON | IEXTEN | ISIG,
    }, CS8)


def setcbreak(fd, when=TCSAFLUSH):
    """Put terminal fd into cbreak mode: no echo, no line buffering."""
    _apply(fd, when, {LFLAG: ECHO | ICANON})
