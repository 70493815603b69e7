"""Prompting for a password without echo (through termios on the
controlling terminal), and the login name of the user."""

import io
import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password with echo turned off, on /dev/tty when there is one."""
    import termios
    passwd = None
    tty = None
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
        try:
            tty = io.open(fd, 'w+', encoding='utf-8')
        except BaseException:
            os.close(fd)
            raise
        input = tty
        if not stream:
            stream = tty
    except OSError:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, ValueError):
            fd = None
            passwd = fallback_getpass(prompt, stream)
        input = sys.stdin
        if not stream:
            stream = sys.stderr
    try:
        if fd is not None:
            try:
                old = termios.tcgetattr(fd)
                new = old[:]
                new[3] &= ~termios.ECHO
                flags = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
                try:
                    termios.tcsetattr(fd, flags, new)
                    passwd = _raw_input(prompt, stream, input=input)
                finally:
                    termios.tcsetattr(fd, flags, old)
                    stream.flush()
            except termios.error:
                if passwd is not None:
                    raise
                if stream is not input and tty is not None:
                    tty.close()
                    tty = None
                passwd = fallback_getpass(prompt, stream)
        stream.write('\n')
        return passwd
    finally:
        if tty is not None:
            tty.close()


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt (and warn that input may be echoed) where echo cannot be controlled."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the
    password database's name for the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='replace') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 3 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


getpass = unix_getpass
